import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import { getDb } from "../../server/db";
import type { Confusion } from "../../search/fuzzy";
import { foldWord } from "../../search/words";
import { likeIgnoringCase, vocabularySql } from "./index-sql";

let cached: { version: number; terms: string[] } | null = null;

/**
 * Every word in the word index (all documents, folded), for OCR-tolerant search. Reading it
 * walks the whole index, so it is kept per process until a write adds index rows: their ids
 * only grow, so the largest one is the vocabulary's version.
 */
export async function searchVocabulary(): Promise<string[]> {
  const db = getDb();
  const [row] = await db.$queryRaw<{ version: number | bigint | null }[]>`SELECT max("id") AS "version" FROM "SearchRow"`;
  const version = Number(row?.version ?? 0);
  if (cached?.version === version) return cached.terms;
  const rows = await db.$queryRaw<{ term: string }[]>(vocabularySql());
  cached = { version, terms: rows.map((r) => r.term) };
  return cached.terms;
}

/** Confusions learned often enough to search through (the most frequent first). */
const MIN_CONFUSION_COUNT = 2;
const MAX_CONFUSIONS = 50;

/**
 * What a collection (or every collection) learned that OCR-tolerant search can use: its most
 * frequent character confusions, and for each query word the raw spellings the team already
 * corrected to it ("Genserslov", corrected to Generalov 3 times).
 */
export async function learnedSpellings({ collectionId, words }: { collectionId?: string | null; words: string[] }) {
  const db = getDb();
  const inCollection = collectionId ? Prisma.sql`AND "collectionId" = ${collectionId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ key: string; value: string; n: number | bigint }[]>`
    SELECT "key", "value", sum("count") AS "n" FROM "SuggestionCount" WHERE "kind" = 'confusion' ${inCollection}
    GROUP BY "key", "value" HAVING sum("count") >= ${MIN_CONFUSION_COUNT} ORDER BY "n" DESC LIMIT ${MAX_CONFUSIONS}`;
  const confusions: Confusion[] = rows.map((r) => ({ raw: r.key, accepted: r.value }));
  const known = new Map<string, Map<string, string>>();
  for (const word of words) {
    // LIKE ignores (at least ASCII) case, as the folded query does; the fold below settles the rest.
    const matching = likeIgnoringCase(Prisma.sql`"value"`, word.replace(/[%_\\]/g, "\\$&"));
    const rewrites = await db.$queryRaw<{ key: string; value: string; n: number | bigint }[]>`
      SELECT "key", "value", sum("count") AS "n" FROM "SuggestionCount"
      WHERE "kind" = 'rewrite' AND ${matching} ${inCollection} GROUP BY "key", "value"`;
    const spellings = new Map<string, string>();
    for (const r of rewrites) {
      if (foldWord(r.value) !== word) continue;
      spellings.set(r.key, `corrected to ${r.value} ${Number(r.n)} time${Number(r.n) === 1 ? "" : "s"}`);
    }
    known.set(word, spellings);
  }
  return { confusions, known };
}
