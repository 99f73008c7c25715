import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary } from "./document-shape";

/** A document with its head text, raw OCR and metadata; 404 when the id is unknown or deleted. */
export async function getDocument({ id }: { id: string }) {
  // A deleted document is unknown to everyone but the "Deleted documents" page.
  const row = await getDb().document.findFirst({
    where: { id, deletedAt: null },
    select: { ...DOCUMENT_SUMMARY_SELECT, headText: true, rawText: true, metadata: true },
  });
  if (!row) throw new AppError("not_found", `No document with id ${id}`);
  return { ...toDocumentSummary(row), text: row.headText, rawText: row.rawText, metadata: row.metadata };
}
