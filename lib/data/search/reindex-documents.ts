import "server-only";
import { getDb } from "../../server/db";
import { indexDocument } from "./index-document";

/**
 * Indexes documents for search, each in its own transaction: all of them (`npm run reindex`,
 * which first empties the index), or only those with no rows yet (on start, after the
 * migration that added the index to a database that already held documents).
 */
export async function reindexDocuments({ all = false, onProgress }: { all?: boolean; onProgress?: (done: number, total: number) => void } = {}) {
  const db = getDb();
  if (all) await db.$executeRaw`DELETE FROM "SearchRow"`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d."id" FROM "Document" d WHERE NOT EXISTS (SELECT 1 FROM "SearchRow" r WHERE r."documentId" = d."id") ORDER BY d."createdAt"`;
  for (const [i, { id }] of rows.entries()) {
    await db.$transaction((tx) => indexDocument({ tx, documentId: id }));
    onProgress?.(i + 1, rows.length);
  }
  return { indexed: rows.length };
}
