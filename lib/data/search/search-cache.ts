import "server-only";
import { getDb } from "../../server/db";
import { dialect } from "../../server/db/dialect";
import type { SearchInput, SearchResult } from "./search-shape";

/**
 * Answers of index searches, kept per process until the database changes. On SQLite a search
 * runs its FTS5 query on the one event loop (bm25 over every match: 11 ms for 3,000 matching
 * documents), so a team paging through the same results, or searching the same names, paid
 * for it again and again. The version is SQLite's own count of changes: `total_changes()` (this
 * connection's writes) with `data_version` (other connections' and processes' commits), read in
 * one statement, so any write anywhere (a save, a status, an annotation, a deletion) drops every
 * cached answer. On PostgreSQL queries do not hold the loop and nothing is cached.
 */
const MAX_ANSWERS = 200;
const answers = new Map<string, SearchResult>();
let cachedVersion: string | null = null;

/** The database's change count now, or null where answers are not cached. */
export async function searchVersion(): Promise<string | null> {
  if (dialect() !== "sqlite") return null;
  const [row] = await getDb().$queryRaw<{ changes: number | bigint; version: number | bigint }[]>`
    SELECT total_changes() AS "changes", (SELECT "data_version" FROM pragma_data_version) AS "version"`;
  return row ? `${row.version}:${row.changes}` : null;
}

export const searchKey = (input: SearchInput): string =>
  JSON.stringify([input.q, input.mode, input.scope, input.collectionId ?? null, input.status ?? null, input.tag ?? null, input.entityId ?? null, !!input.caseSensitive, input.cursor ?? null, input.limit ?? null, input.record ?? null, input.facetFields ?? null, input.sort ?? null]);

export function cachedAnswer(key: string, version: string | null): SearchResult | undefined {
  if (version === null || version !== cachedVersion) return undefined;
  const hit = answers.get(key);
  if (hit) {
    // Most recently used last.
    answers.delete(key);
    answers.set(key, hit);
  }
  return hit;
}

export function keepAnswer(key: string, version: string | null, result: SearchResult): void {
  if (version === null) return;
  if (version !== cachedVersion) {
    answers.clear();
    cachedVersion = version;
  }
  answers.set(key, result);
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
}
