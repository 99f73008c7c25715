import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { dialect } from "../../db/dialect";
import { exactMatchExpression, fuzzyMatchExpression, wordsMatchExpression, type WordTerm } from "../../search/query";
import { containsPattern, fuzzyTsQuery, wordsTsQuery } from "../../search/tsvector";

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
