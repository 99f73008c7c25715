import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary } from "./document-shape";

/** A document's list fields without its texts; 404 when the id is unknown or deleted. */
export async function getDocumentSummary({ id }: { id: string }) {
  const row = await getDb().document.findFirst({ where: { id, deletedAt: null }, select: DOCUMENT_SUMMARY_SELECT });
  if (!row) throw new AppError("not_found", `No document with id ${id}`);
  return toDocumentSummary(row);
}
