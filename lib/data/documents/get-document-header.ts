import "server-only";
import { headerRow } from "./document-sql";
import { AppError } from "../../errors";
import { sqlDocumentSummary } from "./document-shape";

/**
 * What the header above every tab of a document shows: its summary, how many proposals are
 * open, and who marked it corrected; 404 when unknown or deleted. One prepared query (lib/server/db/prepared-read),
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
