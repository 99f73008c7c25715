import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import { dialect } from "../../server/db/dialect";
import { exactMatchExpression, fuzzyMatchExpression, wordsMatchExpression, type WordTerm } from "../../search/query";
import { containsPattern, fuzzyTsQuery, tsvectorLiteral, wordsTsQuery } from "../../search/tsvector";
import type { DbTx } from "../../server/db";
import type { IndexedField, WantedRow } from "./search-index-shape";

/**
 * The dialect seam of search: how each database finds the index rows (alias r, "SearchRow")
 * that match a query. SQLite keeps words and chunks in FTS5 tables beside "SearchRow"
 * (bm25 ranks); PostgreSQL keeps them in "SearchRow" itself, words as a tsvector under a GIN
 * index (ts_rank ranks) and chunks as text under a pg_trgm GIN index, which LIKE uses.
 */
export type IndexMatch = { kind: "words"; terms: WordTerm[] } | { kind: "chunk"; text: string } | { kind: "words"; near: string[][] };

export interface IndexSql {
  /** The FROM clause, "SearchRow" r included. */
  from: Prisma.Sql;
  /** The match condition. */
  where: Prisma.Sql;
  /** Aggregate ordering per document, best first. */
  rank: Prisma.Sql;
}

export function indexSql(match: IndexMatch): IndexSql {
  if (dialect() === "postgresql") {
    if (match.kind === "chunk") return { from: Prisma.sql`"SearchRow" r`, where: Prisma.sql`r."body" ILIKE ${containsPattern(match.text)}`, rank: Prisma.sql`r."documentId"` };
    const query = "near" in match ? fuzzyTsQuery(match.near) : wordsTsQuery(match.terms);
    return {
      from: Prisma.sql`"SearchRow" r`,
      where: Prisma.sql`r."words" @@ ${query}::tsquery`,
      rank: Prisma.sql`max(ts_rank(r."words", ${query}::tsquery)) DESC`,
    };
  }
  const table = Prisma.raw(match.kind === "chunk" ? `"SearchTrigrams"` : `"SearchWords"`);
  const expression = match.kind === "chunk" ? exactMatchExpression(match.text) : "near" in match ? fuzzyMatchExpression(match.near) : wordsMatchExpression(match.terms);
  return {
    from: Prisma.sql`${table} JOIN "SearchRow" r ON r."id" = ${table}."rowid"`,
    where: Prisma.sql`${table} MATCH ${expression}`,
    rank: Prisma.sql`min(${table}."rank")`,
  };
}

/** Every distinct word in the word index (OCR-tolerant search picks its near words here). */
export function vocabularySql(): Prisma.Sql {
  return dialect() === "postgresql"
    ? Prisma.sql`SELECT "word" AS "term" FROM ts_stat('SELECT "words" FROM "SearchRow" WHERE "kind" = ''words''')`
    : Prisma.sql`SELECT "term" FROM "SearchVocabulary"`;
}

/** `column LIKE pattern`, ignoring case on both databases (SQLite's LIKE does, PostgreSQL's doesn't). */
export function likeIgnoringCase(column: Prisma.Sql, pattern: string): Prisma.Sql {
  return dialect() === "postgresql" ? Prisma.sql`${column} ILIKE ${pattern}` : Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** Adds a document's index rows: on PostgreSQL with their tsvector or chunk text, on SQLite with their FTS5 entries. */
export function insertIndexRows(tx: DbTx, documentId: string, rows: WantedRow[], values: Partial<Record<IndexedField, string>>): Promise<void> {
  return dialect() === "postgresql" ? insertPostgresRows(tx, documentId, rows, values) : insertSqliteRows(tx, documentId, rows);
}

/** The entries the index itself holds: SQLite's FTS5 tables, or PostgreSQL's filled columns. */
export const indexedCountsSql = () =>
  dialect() === "postgresql"
    ? Prisma.sql`(SELECT count(*) FROM "SearchRow" WHERE "words" IS NOT NULL) AS "words", (SELECT count(*) FROM "SearchRow" WHERE "body" IS NOT NULL) AS "chunks"`
    : Prisma.sql`(SELECT count(*) FROM "SearchWords") AS "words", (SELECT count(*) FROM "SearchTrigrams") AS "chunks"`;

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
