import "server-only";
import type { Prisma } from "../../server/generated/prisma/client";
import { can } from "../../auth/permissions";
import { AppError } from "../../errors";
import { getDb } from "../../server/db";
import { liveSince } from "../../team/presence-policy";
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
 * level that needs correcting, without a proposal of theirs waiting, and not open in someone
 * else's editor or claimed by someone else. To review: proposals by others (a changeset's as
 * one task), changesets and documents marked corrected by someone else, oldest first.
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
    const batch = await candidates({ user, collectionId, exclude: [...tried], now });
    if (batch.length === 0) return null;
    for (const task of batch) {
      const key = taskKey(task);
      tried.add("proposalId" in task ? task.proposalId : "changesetId" in task ? task.changesetId : task.documentId);
      if (await claimTask({ key, userId: user.id, now })) {
        await releaseClaims({ userId: user.id, prefixes: kind === "correct" ? ["document:"] : ["proposal:", "changeset:", "document:"], keep: key });
        return task;
      }
    }
  }
}

type Finder = (o: { user: UserRef; collectionId?: string; exclude: string[]; now: Date }) => Promise<NextTask[]>;

/** Documents someone else has open in the editor, or has claimed. */
async function busyDocuments(userId: string, now: Date): Promise<string[]> {
  const [present, claimed] = await Promise.all([
    getDb().presence.findMany({ where: { userId: { not: userId }, seenAt: { gte: liveSince(now) } }, select: { documentId: true } }),
    claimedByOthers({ userId, prefix: "document:", now }),
  ]);
  return [...present.map((p) => p.documentId), ...claimed];
}

const correctionCandidates: Finder = async ({ user, collectionId, exclude, now }) => {
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
    select: { document: { select: { id: true, title: true } } },
  });
  if (mine.length) return mine.map(({ document: d }) => ({ kind: "correct", documentId: d.id, title: d.title, assigned: true }));
  const open = await getDb().document.findMany({ where: { ...needsWork, assignment: { is: null } }, orderBy: order, take: BATCH, select: { id: true, title: true } });
  return open.map((d) => ({ kind: "correct", documentId: d.id, title: d.title, assigned: false }));
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
      select: { id: true, createdAt: true, documentId: true, document: { select: { title: true } } },
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
  const dated: { at: Date; task: NextTask }[] = [
    ...proposals.map((p) => ({ at: p.createdAt, task: { kind: "review", proposalId: p.id, documentId: p.documentId, title: p.document.title } as const })),
    ...changesets.map((c) => ({ at: c.createdAt, task: { kind: "review", changesetId: c.id, title: c.message || `“${c.query}” → “${c.replacement}”` } as const })),
    ...corrected.map((d) => ({ at: d.updatedAt, task: { kind: "review", documentId: d.id, title: d.title, approve: true } as const })),
  ];
  return dated.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, BATCH).map((d) => d.task);
};
