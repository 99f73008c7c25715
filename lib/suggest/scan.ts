import type { Lexicon } from "./lexicon";
import type { SuggestModel } from "./model";
import type { WordJudge } from "./word-forms";
import { isWord, rankCandidates, wordEvidence, type EntityNames, type WordEvidence } from "./evidence";
import { coreOf, tokenize, type Token } from "./tokens";

/** One document as the rules read it: its tokens, their words, and what is known about words. */
export interface Scan {
  text: string;
  tokens: Token[];
  /** The word of each token without the punctuation around it; null for punctuation only. */
  cores: (Token | null)[];
  lexicon: Lexicon;
  model: SuggestModel;
  entities: readonly EntityNames[];
  /** Words the OCR engine doubted, by where they start. */
  lowConfidence: ReadonlyMap<number, { start: number; end: number; confidence: number }>;
  /** Words read again from the page image, by where they start. */
  imageReadings: ReadonlyMap<number, { start: number; end: number; text: string }>;
  words: WordEvidence;
  judge: WordJudge;
  /** Whether token i ends a line with a hyphen and the next token (past any blank lines) goes on with the word. */
  splitsAt(i: number): boolean;
}

export interface ScanContext {
  lexicon: Lexicon;
  model: SuggestModel;
  entities: readonly EntityNames[];
  lowConfidence: readonly { start: number; end: number; confidence: number }[];
  imageReadings: readonly { start: number; end: number; text: string }[];
}

export function scan(text: string, context: ScanContext): Scan {
  const tokens = tokenize(text);
  const cores = tokens.map(coreOf);
  const words = wordEvidence(cores, context.lexicon, context.model, context.entities);
  return {
    text,
    tokens,
    cores,
    lexicon: context.lexicon,
    model: context.model,
    entities: context.entities,
    lowConfidence: new Map(context.lowConfidence.map((l) => [l.start, l])),
    imageReadings: new Map(context.imageReadings.map((r) => [r.start, r])),
    words,
    judge: { isWord: (w) => isWord(w, words), candidatesFor: (w) => (context.lexicon.covers(w) ? rankCandidates(w, words) : []) },
    splitsAt: (i) => splitAtLineEnd(text, tokens, i),
  };
}

/** A line-end hyphen, or what OCR reads one as ("discus~" / "sions"). */
const HYPHENS = new Set(Array.from("-–—¬~", (c) => c.charCodeAt(0)));

function splitAtLineEnd(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!next && HYPHENS.has(t.text.charCodeAt(t.text.length - 1)) && /\p{L}[-–—¬~]{1,2}$/u.test(t.text) && continuesAfter(text.slice(t.end, next.start), next.text);
}

/** The rest of a word goes on the next line, or past blank lines (a page break) if it begins in small letters. */
function continuesAfter(gap: string, next: string): boolean {
  if (/^[^\S\n]*\n[^\S\n]*$/u.test(gap)) return /^\p{L}/u.test(next);
  return /^\s*\n\s*$/u.test(gap) && /^\p{Ll}/u.test(next);
}
