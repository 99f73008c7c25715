import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import { getDb } from "../../server/db";
import type { FindMatch } from "../../find/find-matches";
import type { SearchMode } from "../../search/query";
import { indexSql } from "./index-sql";
import { compileSearch, matchesNothing } from "./compile-search";
import { scanWithRegex } from "./regex-scan";
import { filterSql } from "./search-filters";

/** Documents read at a time. */
const BATCH = 200;
/** A regular expression may run this long over the whole collection. */
export const ALL_HITS_REGEX_BUDGET_MS = 30_000;

export interface AllHitsInput {
  query: string;
  mode: SearchMode;
  caseSensitive?: boolean;
  collectionId?: string | null;
}

export interface DocumentHits {
  documentId: string;
  title: string;
  collectionId: string;
  headSeq: number;
  headText: string;
  /** With their capture groups, for regular expressions. */
  matches: FindMatch[];
}

/**
 * Every hit of a search in the accepted texts, not a page of them: what a replacement or a batch of
 * annotations works on. Handed over a batch of documents at a time (`onDocuments`), so that the
 * caller never holds the texts of the whole collection. Answers the titles of documents on which a
 * regular expression was stopped (over its budget per document, or past ALL_HITS_REGEX_BUDGET_MS).
 */
export async function findAllHits(input: AllHitsInput, onDocuments: (docs: DocumentHits[]) => void | Promise<void>): Promise<{ stopped: string[] }> {
  const compiled = await compileSearch({ q: input.query, mode: input.mode, caseSensitive: input.caseSensitive, collectionId: input.collectionId });
  if (matchesNothing(compiled)) return { stopped: [] };
  const db = getDb();
  const filters = filterSql({ collectionId: input.collectionId });
  const index = compiled.index && indexSql(compiled.index);
  const ids = index
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT r."documentId" AS "id" FROM ${index.from} JOIN "Document" d ON d."id" = r."documentId"
        WHERE ${index.where} AND r."kind" = ${compiled.index!.kind} AND r."field" = 'text' AND ${filters}
        ORDER BY r."documentId"`
    : await db.$queryRaw<{ id: string }[]>`SELECT d."id" FROM "Document" d WHERE ${filters} ORDER BY d."id"`;
  const regex = compiled.query.mode === "regex" ? compiled.query : null;
  const deadline = Date.now() + ALL_HITS_REGEX_BUDGET_MS;
  const stopped: string[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH).map((r) => r.id);
    const rows = await db.$queryRaw<{ id: string; title: string; collectionId: string; headSeq: number | bigint; headText: string }[]>`
      SELECT "id", "title", "collectionId", "headSeq", "headText" FROM "Document" WHERE "id" IN (${Prisma.join(batch)}) ORDER BY "id"`;
    const found = new Map<string, FindMatch[] | "stopped">();
    if (regex) {
      const outcomes = await scanWithRegex({ texts: rows.map((r) => ({ key: r.id, text: r.headText })), source: regex.source, caseSensitive: regex.caseSensitive, limit: 100_000, deadline });
      for (const o of outcomes) found.set(o.key, "stopped" in o ? "stopped" : o.matches);
    } else for (const r of rows) found.set(r.id, compiled.hitsIn!(r.headText));
    const docs: DocumentHits[] = [];
    for (const r of rows) {
      const matches = found.get(r.id);
      if (matches === undefined || matches === "stopped") stopped.push(r.title);
      else if (matches.length) docs.push({ documentId: r.id, title: r.title, collectionId: r.collectionId, headSeq: Number(r.headSeq), headText: r.headText, matches });
    }
    await onDocuments(docs);
  }
  return { stopped };
}
