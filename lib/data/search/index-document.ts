import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { DbTx } from "../../db";
import { lineChunks } from "../../search/chunks";
import { sha256 } from "../../text/sha256";
import { fieldValue, INDEXED_FIELDS, type IndexedDocument, type IndexedField, type RowKind } from "./search-index-shape";

/** Rows per INSERT: few, since a chunk carries up to 8 KB of text as one parameter. */
const BATCH = 100;

interface WantedRow {
  kind: RowKind;
  hash: string;
  body: string;
}

/** The rows a field's value should have: the whole value for words, and its chunks of lines. */
export function wantedRows(value: string): WantedRow[] {
  const rows: WantedRow[] = [{ kind: "words", hash: sha256(value), body: value }];
  for (const chunk of lineChunks(value)) rows.push({ kind: "chunk", hash: sha256(chunk), body: chunk });
  return rows;
}

/**
 * Brings a document's rows in the search index in step with the given field values, inside the
 * caller's transaction: rows whose content is unchanged stay, the others are deleted (their
 * trigger takes them out of the FTS tables) and the new ones inserted. A save therefore
 * re-indexes the whole text for words (one FTS row) but only the changed lines for substrings.
 */
export async function indexFields({ tx, documentId, values }: { tx: DbTx; documentId: string; values: Partial<Record<IndexedField, string>> }) {
  for (const field of INDEXED_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    const stored = await tx.$queryRaw<{ id: number | bigint; kind: RowKind; hash: string }[]>`
      SELECT "id", "kind", "hash" FROM "SearchRow" WHERE "documentId" = ${documentId} AND "field" = ${field}`;
    // Match wanted rows to stored ones by kind and hash, as multisets (a chunk can repeat).
    const spare = new Map<string, number[]>();
    for (const row of stored) {
      const key = `${row.kind}:${row.hash}`;
      spare.set(key, [...(spare.get(key) ?? []), Number(row.id)]);
    }
    const added: WantedRow[] = [];
    for (const row of wantedRows(value)) {
      const ids = spare.get(`${row.kind}:${row.hash}`);
      if (ids?.length) ids.pop();
      else added.push(row);
    }
    const gone = [...spare.values()].flat();
    if (gone.length) await tx.$executeRaw`DELETE FROM "SearchRow" WHERE "id" IN (${Prisma.join(gone)})`;
    for (let i = 0; i < added.length; i += BATCH) await insertRows(tx, documentId, field, added.slice(i, i + BATCH));
  }
}

async function insertRows(tx: DbTx, documentId: string, field: IndexedField, rows: WantedRow[]) {
  const ids = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "SearchRow" ("documentId", "field", "kind", "hash")
    VALUES ${Prisma.join(rows.map((r) => Prisma.sql`(${documentId}, ${field}, ${r.kind}, ${r.hash})`))} RETURNING "id"`;
  // RETURNING promises no order, but one INSERT numbers its rows upwards in the order given.
  const sorted = ids.map((r) => Number(r.id)).sort((a, b) => a - b);
  const words = rows.flatMap((r, i) => (r.kind === "words" ? [Prisma.sql`(${sorted[i]}, ${r.body})`] : []));
  const chunks = rows.flatMap((r, i) => (r.kind === "chunk" ? [Prisma.sql`(${sorted[i]}, ${r.body})`] : []));
  if (words.length) await tx.$executeRaw`INSERT INTO "SearchWords" ("rowid", "body") VALUES ${Prisma.join(words)}`;
  if (chunks.length) await tx.$executeRaw`INSERT INTO "SearchTrigrams" ("rowid", "body") VALUES ${Prisma.join(chunks)}`;
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
