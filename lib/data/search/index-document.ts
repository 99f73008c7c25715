import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { DbTx } from "../../db";
import { dialect } from "../../db/dialect";
import { lineChunks } from "../../search/chunks";
import { tsvectorLiteral } from "../../search/tsvector";
import { sha256 } from "../../text/sha256";
import { fieldValue, INDEXED_FIELDS, type IndexedDocument, type IndexedField, type RowKind } from "./search-index-shape";

/** Chunk rows per INSERT: a chunk carries up to 8 KB of text as one parameter. */
const BATCH = 100;

interface WantedRow {
  field: IndexedField;
  kind: RowKind;
  hash: string;
  /** The chunk's text; a words row reads its field from "Document" itself (see below). */
  body: string | null;
}

/** The rows a field's value should have: the whole value for words, and its chunks of lines. */
export function wantedRows(field: IndexedField, value: string): WantedRow[] {
  const rows: WantedRow[] = [{ field, kind: "words", hash: sha256(value), body: null }];
  for (const chunk of lineChunks(value)) rows.push({ field, kind: "chunk", hash: sha256(chunk), body: chunk });
  return rows;
}

/**
 * Each field as SQL over the document's row, the same value fieldValue() gives. The word index
 * is filled from these, so that a 200 KB text is copied inside SQLite and never crosses the
 * driver as a parameter again (Prisma's query compiler costs about 25 ns per byte of one).
 */
const FIELD_SQL: Record<IndexedField, Prisma.Sql> = {
  text: Prisma.sql`"headText"`,
  raw: Prisma.sql`"rawText"`,
  meta: Prisma.sql`CASE WHEN "sourceRef" IS NULL THEN "title" ELSE "title" || char(10) || "sourceRef" END`,
};

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
  const insert = dialect() === "postgresql" ? insertPostgresRows : insertSqliteRows;
  for (let i = 0; i < added.length; i += BATCH) await insert(tx, documentId, added.slice(i, i + BATCH), values);
}

/** PostgreSQL: the words as a tsvector built from the value (see lib/search/tsvector), chunks as text. */
async function insertPostgresRows(tx: DbTx, documentId: string, rows: WantedRow[], values: Partial<Record<IndexedField, string>>) {
  const tuples = rows.map((r) => {
    const words = r.kind === "words" ? Prisma.sql`${tsvectorLiteral(values[r.field]!)}::tsvector` : Prisma.sql`NULL`;
    return Prisma.sql`(${documentId}, ${r.field}, ${r.kind}, ${r.hash}, ${words}, ${r.body})`;
  });
  await tx.$executeRaw`INSERT INTO "SearchRow" ("documentId", "field", "kind", "hash", "words", "body") VALUES ${Prisma.join(tuples)}`;
}

/** SQLite: the row, then its entry in the FTS5 table of its kind under the row's id. */
async function insertSqliteRows(tx: DbTx, documentId: string, rows: WantedRow[]) {
  const ids = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "SearchRow" ("documentId", "field", "kind", "hash")
    VALUES ${Prisma.join(rows.map((r) => Prisma.sql`(${documentId}, ${r.field}, ${r.kind}, ${r.hash})`))} RETURNING "id"`;
  // RETURNING promises no order, but one INSERT numbers its rows upwards in the order given.
  const sorted = ids.map((r) => Number(r.id)).sort((a, b) => a - b);
  const chunks: Prisma.Sql[] = [];
  for (const [i, r] of rows.entries()) {
    if (r.kind === "chunk") chunks.push(Prisma.sql`(${sorted[i]}, ${r.body})`);
    else await tx.$executeRaw`INSERT INTO "SearchWords" ("rowid", "body") SELECT ${sorted[i]}, ${FIELD_SQL[r.field]} FROM "Document" WHERE "id" = ${documentId}`;
  }
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
