import "server-only";
import { documentRow } from "./document-sql";
import { AppError } from "../../errors";
import { sqlDocumentSummary } from "./document-shape";
import { parseCollectionSettings } from "../collections/collection-settings-shape";
import { parseDocumentMetadata } from "./document-shape";

/**
 * A live document with both texts, its metadata and its collection's settings, in one prepared
 * query (lib/server/db/prepared-read); 404 when the id is unknown or deleted. These are the hot reads
 * (the API's GET and the editor page), and Prisma's query compiler costs about 25 ns per byte of
 * the texts (see readHead).
 */
export async function readDocument({ id }: { id: string }) {
  const rows = await documentRow(id);
  const row = rows[0];
  if (!row) throw new AppError("not_found", `No document with id ${id}`);
  return {
    summary: sqlDocumentSummary(row),
    text: row.headText,
    rawText: row.rawText,
    metadata: parseDocumentMetadata(row.metadata),
    collectionSettings: parseCollectionSettings(row.collectionSettings),
  };
}
