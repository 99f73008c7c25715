import { err, ok, type Result } from "../result";
import { foldWord, WORD } from "./words";

export const SEARCH_MODES = ["words", "exact", "regex", "fuzzy"] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];
export const SEARCH_SCOPES = ["text", "raw", "both"] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

/** Longer queries are refused: nobody types them, and each costs the index work. */
export const MAX_QUERY_LENGTH = 500;
/** The trigram index needs three characters; shorter exact queries scan, within a bound. */
export const MIN_INDEXED_LENGTH = 3;
/** OCR-tolerant search allows this many edits, for words at least FUZZY_MIN_LENGTH long. */
export const FUZZY_MAX_DISTANCE = 2;
export const FUZZY_MIN_LENGTH = 5;

/**
 * Words ending in * that one query may hold, and the letters each needs before the *. The index
 * expands a prefix to every word beginning with it, once per term: 166 × "a*" held the server
 * 3.3–4.7 s per request. Nobody types more than a few; a one-letter prefix matches a fifth of
 * the vocabulary and finds nothing a person can read through.
 */
export const MAX_PREFIX_TERMS = 5;
export const MIN_PREFIX_LENGTH = 2;

/** Folded words that must follow one another; `prefix` lets the last one begin a longer word. */
export interface WordTerm {
  words: string[];
  prefix: boolean;
}

export type ParsedQuery =
  | { mode: "words"; terms: WordTerm[] }
  | { mode: "exact"; text: string }
  | { mode: "regex"; source: string; caseSensitive: boolean }
  | { mode: "fuzzy"; words: string[] };

/**
 * Reads a query in one of the four modes, or says in one sentence why it cannot be searched.
 * Words: each word must occur, "quoted words" as a phrase, a trailing * matches the start of a
 * word. Exact: the text as typed, punctuation and spaces included, in any case. Regex: a
 * JavaScript regular expression (Unicode mode). Fuzzy: each word, or one near it.
 */
export function parseQuery(q: string, mode: SearchMode, { caseSensitive = false } = {}): Result<ParsedQuery, string> {
  if (!q.trim()) return err("Type something to search for");
  if (q.length > MAX_QUERY_LENGTH) return err(`A query can be at most ${MAX_QUERY_LENGTH} characters long; this one has ${q.length}`);
  if (/[\n\r\f]/.test(q)) return err("A query cannot contain a line break: search for the words on either side of it");
  if (mode === "exact") return ok({ mode, text: q });
  if (mode === "regex") {
    try {
      new RegExp(q, "u");
    } catch (e) {
      return err(`Not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, "")}`);
    }
    return ok({ mode, source: q, caseSensitive });
  }
  if (mode === "fuzzy") {
    const words = [...new Set([...q.matchAll(WORD)].map((m) => foldWord(m[0])))];
    return words.length ? ok({ mode, words }) : err("The query has no words to search for: try exact text");
  }
  const terms = new Map<string, WordTerm>();
  // "a phrase", or a word with an optional * for a prefix; a term given twice counts once.
  for (const m of q.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = [...(m[1] ?? m[2]).matchAll(WORD)].map((w) => foldWord(w[0]));
    const prefix = m[2] !== undefined && m[2].endsWith("*");
    if (prefix && words.length && [...words.at(-1)!].length < MIN_PREFIX_LENGTH) return err(`A word ending in * needs at least ${MIN_PREFIX_LENGTH} letters before the *: “${m[2]}” matches too much`);
    if (words.length) terms.set(`${prefix}\u0000${words.join(" ")}`, { words, prefix });
  }
  const prefixes = [...terms.values()].filter((t) => t.prefix).length;
  if (prefixes > MAX_PREFIX_TERMS) return err(`A query can have at most ${MAX_PREFIX_TERMS} words ending in *; this one has ${prefixes}`);
  return terms.size ? ok({ mode: "words", terms: [...terms.values()] }) : err("The query has no words to search for: try exact text");
}

/** An FTS5 string literal. */
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The FTS5 MATCH expression of a words query: every term, phrases as phrases. */
export function wordsMatchExpression(terms: WordTerm[]): string {
  return terms.map((t) => `${quote(t.words.join(" "))}${t.prefix ? " *" : ""}`).join(" AND ");
}

/** The FTS5 MATCH expression (trigram index) of an exact query: the text as one phrase. */
export function exactMatchExpression(text: string): string {
  return quote(text);
}

/** The FTS5 MATCH expression of an OCR-tolerant query: for each word, any of its near words. */
export function fuzzyMatchExpression(nearWords: string[][]): string {
  return nearWords.map((near) => `(${near.map(quote).join(" OR ")})`).join(" AND ");
}
