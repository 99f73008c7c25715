import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import type { DbTx } from "../../server/db";
import { lineChunks } from "../../search/chunks";
import { sha256 } from "../../text/sha256";
import { insertIndexRows } from "./index-sql";
import { fieldValue, INDEXED_FIELDS, type IndexedDocument, type IndexedField, type RowKind, type WantedRow } from "./search-index-shape";

/** Chunk rows per INSERT: a chunk carries up to 8 KB of text as one parameter. */
const BATCH = 100;


/** The rows a field's value should have: the whole value for words, and its chunks of lines. */
export function wantedRows(field: IndexedField, value: string): WantedRow[] {
  const rows: WantedRow[] = [{ field, kind: "words", hash: sha256(value), body: null }];
  for (const chunk of lineChunks(value)) rows.push({ field, kind: "chunk", hash: sha256(chunk), body: chunk });
  return rows;
}


/**
 * Brings a document's rows in the search index in step with the given field values, inside the
 * caller's transaction and after the document's row holds those values: rows whose content is
 * unchanged stay, the others are deleted (a trigger takes them out of the FTS tables) and the new
 * ones inserted. A save therefore re-indexes the whole text for words (one FTS row) but only the
 * changed lines for substrings. `fresh` says the document has no rows yet (an import).
 */
export async function indexFields({ tx, documentId, values, fresh = false }: { tx: DbTx; documentId: string; values: Partial<Record<IndexedField, string>>; fresh?: boolean }) {
  const fields = INDEXED_FIELDS.filter((f) => values[f] !== undefined);
  if (!fields.length) return;
  const stored = fresh ? [] : await tx.$queryRaw<{ id: number | bigint; field: IndexedField; kind: RowKind; hash: string }[]>`
    SELECT "id", "field", "kind", "hash" FROM "SearchRow" WHERE "documentId" = ${documentId} AND "field" IN (${Prisma.join(fields)})`;
  // Match wanted rows to stored ones by field, kind and hash, as multisets (a chunk can repeat).
  const spare = new Map<string, number[]>();
  for (const row of stored) {
    const key = `${row.field}:${row.kind}:${row.hash}`;
    spare.set(key, [...(spare.get(key) ?? []), Number(row.id)]);
  }
  const added: WantedRow[] = [];
  for (const field of fields) {
    for (const row of wantedRows(field, values[field]!)) {
      const ids = spare.get(`${row.field}:${row.kind}:${row.hash}`);
      if (ids?.length) ids.pop();
      else added.push(row);
    }
  }
  const gone = [...spare.values()].flat();
  if (gone.length) await tx.$executeRaw`DELETE FROM "SearchRow" WHERE "id" IN (${Prisma.join(gone)})`;
  for (let i = 0; i < added.length; i += BATCH) await insertIndexRows(tx, documentId, added.slice(i, i + BATCH), values);
}

/** Indexes every field of a document from its stored values. */
export async function indexDocument({ tx, documentId }: { tx: DbTx; documentId: string }) {
  const doc = await readIndexed(tx, documentId);
  if (!doc) return;
  await indexFields({ tx, documentId, values: { text: fieldValue(doc, "text"), raw: fieldValue(doc, "raw"), meta: fieldValue(doc, "meta") } });
}

export async function readIndexed(tx: DbTx, documentId: string): Promise<IndexedDocument | null> {
  const [doc] = await tx.$queryRaw<IndexedDocument[]>`
    SELECT "headText", "rawText", "title", "sourceRef" FROM "Document" WHERE "id" = ${documentId}`;
  return doc ?? null;
}
