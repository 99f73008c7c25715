import "server-only";
import { AppError } from "../../errors";
import { findMatches } from "../../find/find-matches";
import { nearWords, type NearWord } from "../../search/fuzzy";
import { fuzzyHits, wordHits, type Span } from "../../search/hits";
import { MIN_INDEXED_LENGTH, parseQuery, type ParsedQuery } from "../../search/query";
import type { IndexMatch } from "./index-sql";
import type { SearchInput } from "./search-shape";
import { learnedSpellings, searchVocabulary } from "./search-vocabulary";

/** A query made ready to run: how the index finds its documents, and how a text's hits are found. */
export interface CompiledSearch {
  query: ParsedQuery;
  /** What the index is asked (see index-sql); null for a scan (expressions, short exact text). */
  index: IndexMatch | null;
  /** OCR-tolerant: each query word's near words (an empty one means nothing can match). */
  near: Map<string, NearWord>[];
  /** The hits in a text; null for regular expressions, which run in a worker (regex-scan). */
  hitsIn: ((text: string) => Span[]) | null;
}

/** Parses a query (a 422 when it cannot be searched) and prepares it for the index and the texts. */
export async function compileSearch(input: Pick<SearchInput, "q" | "mode" | "caseSensitive" | "collectionId">): Promise<CompiledSearch> {
  const parsed = parseQuery(input.q, input.mode, { caseSensitive: input.caseSensitive });
  if (!parsed.ok) throw new AppError("invalid", parsed.error, { reason: "invalid_query" });
  const query = parsed.value;
  if (query.mode === "regex") return { query, index: null, near: [], hitsIn: null };
  if (query.mode === "exact") {
    const hitsIn = (text: string) => {
      const r = findMatches(text, query.text, { caseSensitive: false, wholeWord: false, regex: false });
      return r.ok ? r.matches : [];
    };
    const indexed = Array.from(query.text).length >= MIN_INDEXED_LENGTH;
    return { query, index: indexed ? { kind: "chunk", text: query.text } : null, near: [], hitsIn };
  }
  if (query.mode === "words") {
    return { query, index: { kind: "words", terms: query.terms }, near: [], hitsIn: (text) => wordHits(text, query.terms) };
  }
  const vocabulary = await searchVocabulary();
  const learned = await learnedSpellings({ collectionId: input.collectionId, words: query.words });
  const near = query.words.map((w) => nearWords(w, vocabulary, { confusions: learned.confusions, known: learned.known.get(w) }));
  const anyNear = mergeNear(near);
  // An empty list can match nothing; the index is never asked then (see matchesNothing).
  return { query, index: { kind: "words", near: near.map((n) => [...n.keys()]) }, near, hitsIn: (text) => fuzzyHits(text, anyNear) };
}

/** OCR-tolerant words with no near word at all: no document can match. */
export const matchesNothing = (c: CompiledSearch) => c.near.some((n) => n.size === 0);

function mergeNear(near: Map<string, NearWord>[]): Map<string, NearWord> {
  const all = new Map<string, NearWord>();
  for (const n of near) for (const [w, d] of n) if (!all.has(w) || all.get(w)!.distance > d.distance) all.set(w, d);
  return all;
}

/** The near words searched, closest first, for the page to list. */
export function nearList(near: Map<string, NearWord>[]) {
  return [...mergeNear(near)].map(([word, n]) => ({ word, ...n })).sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
}
