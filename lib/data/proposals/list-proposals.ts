import "server-only";
import { getDb } from "../../server/db";
import { AUTHOR_SELECT } from "../users/author-ref";
import { PROPOSAL_FIELDS, toProposalItem } from "./proposal-texts";

const LIST_SELECT = {
  ...PROPOSAL_FIELDS,
  patch: false,
  author: AUTHOR_SELECT,
  reviewer: AUTHOR_SELECT,
} as const;

const findRows = (where: object, orderBy: object, take?: number) =>
  getDb().proposal.findMany({ where, orderBy, take, select: LIST_SELECT });

/** A document's proposals: open ones first (oldest first), then decided ones (newest first). */
export async function listDocumentProposals({ documentId }: { documentId: string }) {
  const [open, decided] = await Promise.all([
    findRows({ documentId, status: { in: ["proposed", "needs_rebase"] } }, { createdAt: "asc" }),
    findRows({ documentId, status: { notIn: ["proposed", "needs_rebase"] } }, { createdAt: "desc" }, 200),
  ]);
  return [...open, ...decided].map(toProposalItem);
}

/**
 * Every proposal waiting for a reviewer, oldest first, with its document's title. A changeset's
 * proposals are left out: the queue lists each changeset as one item (list-open-changesets).
 */
export async function listReviewQueue({ limit = 500 }: { limit?: number } = {}) {
  const rows = await getDb().proposal.findMany({
    where: { status: "proposed", changesetId: null, document: { deletedAt: null } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { ...LIST_SELECT, document: { select: { id: true, title: true, sourceRef: true, headSeq: true } } },
  });
  return rows.map(toProposalItem);
}

/** Proposals sent back to their author for a conflict, for that author's own list. */
export async function listNeedsRebase({ authorId }: { authorId: string }) {
  const rows = await getDb().proposal.findMany({
    where: { status: "needs_rebase", authorId, document: { deletedAt: null } },
    orderBy: { updatedAt: "asc" },
    select: { ...LIST_SELECT, document: { select: { id: true, title: true, sourceRef: true, headSeq: true } } },
  });
  return rows.map(toProposalItem);
}

/**
 * The user's own proposals, newest first (open and decided), each marked `isNew` when it was
 * decided or sent back since they last opened the review queue; then that visit is recorded.
 */
export async function listOwnProposals({ authorId, limit = 100 }: { authorId: string; limit?: number }) {
  const db = getDb();
  const me = await db.user.findUnique({ where: { id: authorId }, select: { reviewSeenAt: true } });
  const rows = await db.proposal.findMany({
    where: { authorId, document: { deletedAt: null } },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { ...LIST_SELECT, document: { select: { id: true, title: true, sourceRef: true, headSeq: true } } },
  });
  await db.user.update({ where: { id: authorId }, data: { reviewSeenAt: new Date() } });
  const decided = new Set(["approved", "rejected", "needs_rebase"]);
  return rows.map((r) => ({ ...toProposalItem(r), isNew: decided.has(r.status) && (!me?.reviewSeenAt || r.updatedAt > me.reviewSeenAt) }));
}
