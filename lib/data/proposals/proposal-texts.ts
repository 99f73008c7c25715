import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { applyPatchExact } from "../../revisions/apply-patch";
import { readHead } from "../revisions/revision-sql";
import { getRevisionText } from "../revisions/revisions";
import { parseJsonColumn } from "../raw-values";
import { hunksColumn } from "./proposal-shape";

/** The base text a proposal was made from, and the text it proposes (its patch applied exactly). */
export async function getProposalTexts({ tx: db = getDb(), proposal: p }: { tx?: DbTx; proposal: { id: string; documentId: string; baseSeq: number; patch: string } }) {
  const base = await getRevisionText({ tx: db,  documentId: p.documentId, seq: p.baseSeq });
  const proposed = applyPatchExact(base, p.patch);
  // The patch was made from this very base text: a mismatch means the stored data is damaged.
  if (!proposed.ok) throw new AppError("internal", `Proposal ${p.id} does not apply to revision ${p.baseSeq}: ${proposed.error.message}`);
  return { base, proposed: proposed.value };
}

/** The head text and seq (the save path's plain-SQL read); 404 for an unknown document. */
export async function readHeadText(documentId: string): Promise<{ headSeq: number; headText: string }> {
  const head = await readHead({ tx: getDb(), documentId: documentId });
  if (!head) throw new AppError("not_found", `No document with id ${documentId}`);
  return head;
}

export const PROPOSAL_FIELDS = {
  id: true, documentId: true, baseSeq: true, authorId: true, message: true, patch: true, inserted: true, deleted: true,
  status: true, reviewerId: true, note: true, resultSeq: true, conflictSeq: true, acceptedHunks: true, rejectedHunks: true,
  createdAt: true, updatedAt: true, decidedAt: true,
} as const;

/** A proposal's row (404 when unknown). */
export async function findProposal({ id, tx: db = getDb() }: { id: string; tx?: DbTx }) {
  // A proposal on a deleted document goes with it.
  const row = await db.proposal.findFirst({ where: { id, document: { deletedAt: null } }, select: PROPOSAL_FIELDS });
  if (!row) throw new AppError("not_found", `No proposal with id ${id}`);
  return row;
}

type Row = { createdAt: Date; updatedAt: Date; decidedAt: Date | null; acceptedHunks: unknown; rejectedHunks: unknown; inserted: number; deleted: number };

/** A proposal as pages and the API show it: ISO dates, hunk lists, the size of the change in characters. */
export function toProposalItem<T extends Row>(r: T) {
  return {
    ...r,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    acceptedHunks: parseJsonColumn(hunksColumn, r.acceptedHunks, "Proposal.acceptedHunks"),
    rejectedHunks: parseJsonColumn(hunksColumn, r.rejectedHunks, "Proposal.rejectedHunks"),
    stats: { inserted: r.inserted, deleted: r.deleted },
  };
}
