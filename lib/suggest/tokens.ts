/** A run of non-whitespace in a text, with its UTF-16 offsets (the annotations API's units). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Every whitespace-separated token, in order. Joining them with the whitespace between gives the text back. */
export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(/\S+/gu), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// Letters, marks, digits and the apostrophes and hyphens inside words; brackets and stops around
// a word are not part of it ("[Petrovich}" has the core "Petrovich").
const CORE = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}])?/u;

/** The word inside a token, without the punctuation around it; null for a token of punctuation only. */
export function coreOf(token: Token): Token | null {
  const m = CORE.exec(token.text);
  if (!m) return null;
  const start = token.start + m.index;
  return { text: m[0], start, end: start + m[0].length };
}

/** Lower case, with curly apostrophes straight: the key under which the model counts words. */
export const wordKey = (word: string): string => word.toLowerCase().replaceAll("’", "'");
