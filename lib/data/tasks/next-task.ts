import "server-only";
import type { Prisma } from "../../server/generated/prisma/client";
import { can } from "../../auth/permissions";
import { AppError } from "../../errors";
import { getDb } from "../../server/db";
import { liveSince } from "../../team/presence-policy";
import { parseCollectionSettings, reviewPolicyOf } from "../collections/collection-settings-shape";
import type { UserRef } from "../users/users";
import { claimedByOthers, claimTask, releaseClaims } from "./claim-task";
import { taskKey, type NextTask, type TaskKind } from "./task-shape";

/** Levels at which a document still needs correcting; corrected and approved ones wait for review or are done. */
const NEEDS_CORRECTION = ["raw", "in_progress"];
/** Candidates read per query; a claim lost to a race moves on to the next, and a spent batch reads another. */
const BATCH = 25;

interface Options {
  user: UserRef;
  kind: TaskKind;
  collectionId?: string;
  /** Tasks not to hand out again now (the document the person is leaving). */
  skip?: string[];
  now?: Date;
}

/**
 * The next task for a person, claimed for them so that nobody asking at the same moment gets it.
 *
 * To correct: documents assigned to them (due first, then the collection's order), then
 * unassigned documents in the collection's order (priority, the record's date, title), at a
 * level that needs correcting, with no proposal waiting (where the collection double keys: fewer
 * than two correctors' and none of theirs), and not open in someone else's editor or claimed by
 * someone else. To review: proposals by others, changesets, documents marked corrected by someone
 * else, and double-keyed documents with both keyings in (one task each), oldest first.
 * Null when nothing waits. Their claims of the same kind on other tasks are let go: one at a time.
 */
export async function nextTask({ user, kind, collectionId, skip = [], now = new Date() }: Options): Promise<NextTask | null> {
  if (kind === "review" && !can(user.role, "proposal.review")) throw new AppError("forbidden", "Only reviewers and admins review");
  if (kind === "correct" && !can(user.role, "proposal.create")) throw new AppError("forbidden", "A viewer may not correct documents");
  if (collectionId && !(await getDb().collection.findUnique({ where: { id: collectionId }, select: { id: true } }))) {
    throw new AppError("not_found", `No collection with id ${collectionId}`);
  }
  const tried = new Set(skip);
  const candidates = kind === "correct" ? correctionCandidates : reviewCandidates;
  for (;;) {
    const { tasks, seen } = await candidates({ user, collectionId, exclude: [...tried], now });
    if (seen.length === 0) return null;
    for (const id of seen) tried.add(id);
    for (const task of tasks) {
      const key = taskKey(task);
      if (await claimTask({ key, userId: user.id, now })) {
        await releaseClaims({ userId: user.id, prefixes: kind === "correct" ? ["document:"] : ["proposal:", "changeset:", "keying:", "document:"], keep: key });
        return task;
      }
    }
  }
}

/** A batch of candidates in order (`tasks`), and the ids of all it looked at (`seen`), handed out or not, so that the next batch moves on. */
type Finder = (o: { user: UserRef; collectionId?: string; exclude: string[]; now: Date }) => Promise<{ tasks: NextTask[]; seen: string[] }>;

/** Documents someone else has open in the editor, or has claimed. */
async function busyDocuments(userId: string, now: Date): Promise<string[]> {
  const [present, claimed] = await Promise.all([
    getDb().presence.findMany({ where: { userId: { not: userId }, seenAt: { gte: liveSince(now) } }, select: { documentId: true } }),
    claimedByOthers({ userId, prefix: "document:", now }),
  ]);
  return [...present.map((p) => p.documentId), ...claimed];
}

/** The collections that double key (lib/review/double-keying.ts): a few rows, read per request. */
async function doubleKeyed(): Promise<Set<string>> {
  const rows = await getDb().collection.findMany({ select: { id: true, settings: true } });
  return new Set(rows.filter((c) => reviewPolicyOf(parseCollectionSettings(c.settings)).doubleKeying).map((c) => c.id));
}

/** Documents' waiting proposals, as the number of different correctors who sent them. */
async function keyersOf(documentIds: string[]): Promise<Map<string, number>> {
  const rows = await getDb().proposal.findMany({ where: { documentId: { in: documentIds }, status: "proposed", changesetId: null }, distinct: ["documentId", "authorId"], select: { documentId: true } });
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.documentId, (out.get(r.documentId) ?? 0) + 1);
  return out;
}

const correctionCandidates: Finder = async ({ user, collectionId, exclude, now }) => {
  const found = await correctionRows({ user, collectionId, exclude, now });
  // A proposal waiting means the document is with a reviewer: nobody else corrects it meanwhile,
  // except where the collection double keys and it has one keying so far.
  const [keyers, twice] = await Promise.all([keyersOf(found.map((t) => t.documentId)), doubleKeyed()]);
  const tasks = found.filter((t) => (keyers.get(t.documentId) ?? 0) < (twice.has(t.collectionId) ? 2 : 1)).map(({ collectionId: _c, ...task }) => task);
  return { tasks, seen: found.map((t) => t.documentId) };
};

const correctionRows = async ({ user, collectionId, exclude, now }: Parameters<Finder>[0]) => {
  const busy = [...exclude, ...(await busyDocuments(user.id, now))];
  const needsWork: Prisma.DocumentWhereInput = {
    deletedAt: null,
    status: { in: NEEDS_CORRECTION },
    ...(collectionId ? { collectionId } : {}),
    id: { notIn: busy },
    proposals: { none: { authorId: user.id, status: "proposed" } },
  };
  const order: Prisma.DocumentOrderByWithRelationInput[] = [{ priority: "desc" }, { recordDate: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }];
  const mine = await getDb().assignment.findMany({
    where: { userId: user.id, document: needsWork },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, ...order.map((o) => ({ document: o }))],
    take: BATCH,
    select: { document: { select: { id: true, title: true, collectionId: true } } },
  });
  if (mine.length) return mine.map(({ document: d }) => ({ kind: "correct" as const, documentId: d.id, title: d.title, assigned: true, collectionId: d.collectionId }));
  const open = await getDb().document.findMany({ where: { ...needsWork, assignment: { is: null } }, orderBy: order, take: BATCH, select: { id: true, title: true, collectionId: true } });
  return open.map((d) => ({ kind: "correct" as const, documentId: d.id, title: d.title, assigned: false, collectionId: d.collectionId }));
};

const reviewCandidates: Finder = async ({ user, collectionId, exclude, now }) => {
  const db = getDb();
  const [claimedProposals, claimedChangesets, busy] = await Promise.all([
    claimedByOthers({ userId: user.id, prefix: "proposal:", now }),
    claimedByOthers({ userId: user.id, prefix: "changeset:", now }),
    busyDocuments(user.id, now),
  ]);
  const inCollection = collectionId ? { collectionId } : {};
  const [proposals, changesets, corrected] = await Promise.all([
    db.proposal.findMany({
      where: { status: "proposed", changesetId: null, authorId: { not: user.id }, id: { notIn: [...exclude, ...claimedProposals] }, document: { deletedAt: null, ...inCollection } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true, createdAt: true, documentId: true, document: { select: { title: true, collectionId: true } } },
    }),
    db.changeset.findMany({
      where: { status: "proposed", authorId: { not: user.id }, id: { notIn: [...exclude, ...claimedChangesets] }, ...inCollection },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true, createdAt: true, message: true, query: true, replacement: true },
    }),
    db.document.findMany({
      where: { status: "corrected", deletedAt: null, ...inCollection, id: { notIn: [...exclude, ...busy] }, OR: [{ markedCorrectedById: null }, { markedCorrectedById: { not: user.id } }] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true, title: true, updatedAt: true },
    }),
  ]);
  // Where the collection double keys, a document waits for its second keying, then is one task.
  const [twice, keyers] = await Promise.all([doubleKeyed(), keyersOf(proposals.map((p) => p.documentId))]);
  const keyed = new Set<string>();
  const proposalTasks = proposals.flatMap((p): { at: Date; task: NextTask }[] => {
    if (!twice.has(p.document.collectionId)) return [{ at: p.createdAt, task: { kind: "review", proposalId: p.id, documentId: p.documentId, title: p.document.title } }];
    if ((keyers.get(p.documentId) ?? 0) < 2 || keyed.has(p.documentId)) return [];
    keyed.add(p.documentId);
    return [{ at: p.createdAt, task: { kind: "review", documentId: p.documentId, title: p.document.title, keying: true } }];
  });
  const dated: { at: Date; task: NextTask }[] = [
    ...proposalTasks,
    ...changesets.map((c) => ({ at: c.createdAt, task: { kind: "review", changesetId: c.id, title: c.message || `“${c.query}” → “${c.replacement}”` } as const })),
    ...corrected.map((d) => ({ at: d.updatedAt, task: { kind: "review", documentId: d.id, title: d.title, approve: true } as const })),
  ];
  return {
    tasks: dated.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, BATCH).map((d) => d.task),
    seen: [...proposals.map((p) => p.id), ...changesets.map((c) => c.id), ...corrected.map((d) => d.id)],
  };
};
