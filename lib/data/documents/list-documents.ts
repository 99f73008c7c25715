import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary, type DocumentSummary } from "./document-shape";

export const MAX_PAGE_SIZE = 200;

export interface ListDocumentsInput {
  /** Matches title or source reference (case-insensitive for ASCII). */
  q?: string;
  /** The id of the last document of the previous page. */
  cursor?: string;
  limit?: number;
  collectionId?: string;
}

/** Documents, most recently changed first, a page at a time. */
export async function listDocuments(input: ListDocumentsInput = {}): Promise<{ items: DocumentSummary[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(1, input.limit ?? 50), MAX_PAGE_SIZE);
  const q = input.q?.trim();
  const db = getDb();
  if (input.cursor) {
    const exists = await db.document.findFirst({ where: { id: input.cursor, deletedAt: null }, select: { id: true } });
    if (!exists) throw new AppError("bad_request", "The cursor does not name a document");
  }
  const rows = await db.document.findMany({
    where: {
      deletedAt: null,
      ...(input.collectionId ? { collectionId: input.collectionId } : {}),
      ...(q ? { OR: [{ title: { contains: q } }, { sourceRef: { contains: q } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: DOCUMENT_SUMMARY_SELECT,
  });
  const page = rows.slice(0, limit);
  return { items: page.map(toDocumentSummary), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}
