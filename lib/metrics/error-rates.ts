import { distance } from "fastest-levenshtein";
import { createDmp } from "../revisions/dmp";

/** How much correction the raw OCR needed: character and word error rates against the accepted text. */
export interface ErrorRates {
  /** Character error rate: edits over the reference's characters (0 when nothing changed; may pass 1). */
  cer: number;
  /** Word error rate: word edits over the reference's words. */
  wer: number;
  charErrors: number;
  chars: number;
  wordErrors: number;
  words: number;
}

/**
 * A character as a reader counts one: a base with its combining marks (an extended grapheme
 * cluster, for the scripts typescripts hold; Intl.Segmenter is exact but takes minutes on 200 KB
 * in Node 20).
 */
const GRAPHEME = /\P{M}\p{M}*|\p{M}+/gsu;
/** A word, as Unicode word boundaries give it for the common cases: "Il'ich", "1,954.5", "U.S". */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.,:·][\p{L}\p{M}\p{N}_]+)*/gu;

/**
 * CER and WER with dinglehopper's conventions: both texts in NFC, Levenshtein distance over
 * characters (grapheme clusters) or words, divided by the reference's length. The texts are
 * first aligned by lines (diff-match-patch's line mode, milliseconds on 200 KB), and the distance
 * is exact within each stretch of changed lines. That can only overcount, and equals the exact
 * distance for corrections that stay within their lines (a property test checks both); an exact
 * distance over a whole 200 KB text is more than a save can afford.
 */
export function errorRates(reference: string, hypothesis: string): ErrorRates {
  const ref = reference.normalize("NFC");
  const hyp = hypothesis.normalize("NFC");
  const chars = count(ref, GRAPHEME);
  const words = count(ref, WORD);
  let charErrors = 0;
  let wordErrors = 0;
  if (ref !== hyp) {
    for (const [a, b] of changedStretches(ref, hyp)) {
      charErrors += tokenDistance(a.match(GRAPHEME) ?? [], b.match(GRAPHEME) ?? []);
      wordErrors += tokenDistance(a.match(WORD) ?? [], b.match(WORD) ?? []);
    }
  }
  return { cer: rate(charErrors, chars), wer: rate(wordErrors, words), charErrors, chars, wordErrors, words };
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
const rate = (errors: number, length: number) => (length === 0 ? (errors === 0 ? 0 : 1) : errors / length);

/** The pairs (reference side, hypothesis side) of each run of lines that differ. */
function changedStretches(ref: string, hyp: string): [string, string][] {
  const dmp = createDmp();
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(ref, hyp);
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  const out: [string, string][] = [];
  let a = "";
  let b = "";
  for (const [op, text] of diffs) {
    if (op === 0) {
      if (a || b) out.push([a, b]);
      a = b = "";
    } else if (op === -1) b += text;
    else a += text;
  }
  if (a || b) out.push([a, b]);
  return out;
}

/**
 * Levenshtein distance between two token sequences: each distinct token becomes one character,
 * and fastest-levenshtein measures the strings. A stretch too long for an exact distance (over
 * 20,000 tokens on a side) is measured by a character diff instead, an upper bound.
 */
function tokenDistance(a: string[], b: string[]): number {
  if (!a.length || !b.length) return Math.max(a.length, b.length);
  const codes = new Map<string, string>();
  const encode = (tokens: string[]) => tokens.map((t) => {
    let c = codes.get(t);
    if (c === undefined) codes.set(t, (c = codeFor(codes.size)));
    return c;
  }).join("");
  const [x, y] = [encode(a), encode(b)];
  if (a.length <= 20_000 && b.length <= 20_000) return distance(x, y);
  let d = 0;
  let del = 0;
  let ins = 0;
  for (const [op, text] of createDmp().diff_main(x, y, false)) {
    if (op === 0) {
      d += Math.max(del, ins);
      del = ins = 0;
    } else if (op === -1) del += text.length;
    else ins += text.length;
  }
  return d + Math.max(del, ins);
}

/** The n-th distinct token as one UTF-16 unit, skipping the surrogates (63,000 distinct tokens a stretch). */
function codeFor(n: number): string {
  const code = 0x100 + n;
  return String.fromCharCode(code < 0xd800 ? code : Math.min(code + 0x800, 0xffff));
}
