import "server-only";
import { getDb } from "../../server/db";
import { indexedCountsSql } from "./index-sql";
import { wantedRows, readIndexed } from "./index-document";
import { fieldValue, INDEXED_FIELDS } from "./search-index-shape";

/**
 * What `npm run fsck` checks of the search index: each document's rows are exactly the rows its
 * current title, text and raw OCR call for, and every row has its entry in the index (an FTS table on SQLite) and
 * no entry is left without a row. Answers one line per disagreement.
 */
export async function checkSearchIndex(): Promise<string[]> {
  const db = getDb();
  const problems: string[] = [];
  const docs = await db.$queryRaw<{ id: string; title: string }[]>`SELECT "id", "title" FROM "Document" ORDER BY "createdAt"`;
  for (const { id, title } of docs) {
    const doc = await readIndexed(db, id);
    if (!doc) continue;
    const stored = await db.$queryRaw<{ field: string; kind: string; hash: string }[]>`
      SELECT "field", "kind", "hash" FROM "SearchRow" WHERE "documentId" = ${id}`;
    const have = stored.map((r) => `${r.field}:${r.kind}:${r.hash}`).sort();
    const want = INDEXED_FIELDS.flatMap((f) => wantedRows(f, fieldValue(doc, f)).map((r) => `${f}:${r.kind}:${r.hash}`)).sort();
    if (have.join() !== want.join()) problems.push(`“${title}” (${id}): the search index does not match its text; run npm run reindex`);
  }
  const [counts] = await db.$queryRaw<{ words: number | bigint; chunks: number | bigint; wordRows: number | bigint; chunkRows: number | bigint }[]>`
    SELECT ${indexedCountsSql()},
           (SELECT count(*) FROM "SearchRow" WHERE "kind" = 'words') AS "wordRows", (SELECT count(*) FROM "SearchRow" WHERE "kind" = 'chunk') AS "chunkRows"`;
  if (Number(counts.words) !== Number(counts.wordRows) || Number(counts.chunks) !== Number(counts.chunkRows)) {
    problems.push(`the index holds ${counts.words} word and ${counts.chunks} chunk entries for ${counts.wordRows} and ${counts.chunkRows} rows; run npm run reindex`);
  }
  return problems;
}
