import "server-only";
import { getDb } from "../../db";
import { AUTHOR_SELECT } from "../author-ref";
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

/** Every proposal waiting for a reviewer, oldest first, with its document's title. */
export async function listReviewQueue({ limit = 500 }: { limit?: number } = {}) {
  const rows = await getDb().proposal.findMany({
    where: { status: "proposed", document: { deletedAt: null } },
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
