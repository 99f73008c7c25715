import "server-only";
import { preparedRead } from "../../db/prepared-read";
import { AppError } from "../../errors";
import { sqlDocumentSummary, type SummarySqlRow } from "./document-shape";

interface HeaderRow extends SummarySqlRow {
  openProposals: number | bigint;
  markedById: string | null;
  markedByName: string | null;
}

const headerRow = preparedRead<HeaderRow>(`
  SELECT d."id", d."title", d."sourceRef", d."status", d."statusReason", d."headSeq", d."collectionId", d."createdAt", d."updatedAt",
         (SELECT COUNT(*) FROM "Proposal" p WHERE p."documentId" = d."id" AND p."status" IN ('proposed', 'needs_rebase')) AS "openProposals",
         m."id" AS "markedById", m."displayName" AS "markedByName"
  FROM "Document" d LEFT JOIN "User" m ON m."id" = d."markedCorrectedById"
  WHERE d."id" = ? AND d."deletedAt" IS NULL`);

/**
 * What the header above every tab of a document shows: its summary, how many proposals are
 * open, and who marked it corrected; 404 when unknown or deleted. One prepared query (lib/db/prepared-read),
 * because every document page renders this header (it was three Prisma queries, each compiled anew).
 */
export async function getDocumentHeader({ id }: { id: string }) {
  const rows = await headerRow(id);
  const row = rows[0];
  if (!row) throw new AppError("not_found", `No document with id ${id}`);
  return {
    summary: sqlDocumentSummary(row),
    openProposals: Number(row.openProposals),
    markedBy: row.markedById ? { id: row.markedById, displayName: row.markedByName ?? "" } : null,
  };
}
