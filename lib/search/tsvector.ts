import type { WordTerm } from "./query";
import { wordSpans } from "./words";

/*
 * PostgreSQL's word index is a tsvector built here, from the same words and folding that the
 * hits are found with (lib/search/words), rather than by to_tsvector: PostgreSQL's parser reads
 * "U.S.A." as a host name and, under a C locale, drops Cyrillic, so index and hits would
 * disagree. The literal is parsed by tsvector's input function, which applies no dictionary.
 */

/** PostgreSQL's limits: positions stop at 16,383, a lexeme holds 256 of them and is < 2 KB. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
const MAX_LEXEME_BYTES = 2046;
/** A tsvector is at most 1 MB; stay below with room for its header. */
const MAX_TSVECTOR_BYTES = 1_000_000;

/** A tsvector or tsquery lexeme literal. */
const lexeme = (word: string) => `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * The tsvector literal of a text: each folded word with its positions. Beyond PostgreSQL's
 * limits (a very long text), later positions collapse onto the last one and the rarest
 * repetitions are dropped, so a phrase far into such a text may be missed by the index.
 */
export function tsvectorLiteral(text: string): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const span of wordSpans(text)) {
    position = Math.min(position + 1, MAX_POSITION);
    // A lone combining mark folds to nothing; FTS5 drops such a word too.
    if (!span.folded || utf8Bytes(span.folded) > MAX_LEXEME_BYTES) continue;
    const list = positions.get(span.folded);
    if (!list) positions.set(span.folded, [position]);
    else if (list.length < MAX_POSITIONS_PER_WORD && list[list.length - 1] !== position) list.push(position);
  }
  // Each lexeme costs its bytes plus about 8; each position 2 bytes.
  let cap = MAX_POSITIONS_PER_WORD;
  const size = (c: number) => [...positions].reduce((n, [w, p]) => n + utf8Bytes(w) + 8 + 2 * Math.min(p.length, c), 0);
  while (cap > 1 && size(cap) > MAX_TSVECTOR_BYTES) cap = Math.floor(cap / 4) || 1;
  return [...positions].map(([w, p]) => `${lexeme(w)}:${p.slice(0, cap).join(",")}`).join(" ");
}

/** The tsquery of a words query: every term, phrases as `<->` chains, a prefix as `:*`. */
export function wordsTsQuery(terms: WordTerm[]): string {
  return terms.map((t) => t.words.map((w, i) => `${lexeme(w)}${t.prefix && i === t.words.length - 1 ? ":*" : ""}`).join(" <-> ")).map((t) => `(${t})`).join(" & ");
}

/** The tsquery of an OCR-tolerant query: for each word, any of its near words. */
export function fuzzyTsQuery(nearWords: string[][]): string {
  return nearWords.map((near) => `(${near.map(lexeme).join(" | ")})`).join(" & ");
}

/** A LIKE pattern that matches the text anywhere (PostgreSQL's default escape is a backslash). */
export const containsPattern = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;
