import { createDmp } from "./dmp";
import { repairSurrogateDiffs } from "./surrogates";
import type { Diff } from "./types";

// A word-level diff for people to read: whole words change, not letters inside them.
// Tokens (words, whitespace runs, single other code points) are mapped to one private
// UTF-16 unit each, diffed, and mapped back, as diff_linesToChars does for lines.

const TOKEN = /[\p{L}\p{M}\p{N}_'’-]+|\s+|[\s\S]/gu;
/** Splits text into words, whitespace runs and single other code points; joining them gives the text back. */
export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (m) => m[0]);
}

/** Codes skip the surrogate range so that the encoded strings stay well formed. */
const MAX_TOKENS = 0xffff - 0x800;

const codeFor = (index: number) => String.fromCharCode(index < 0xd800 ? index : index + 0x800);

/**
 * Word-level diff of `a` and `b`: every change covers whole tokens. With semantic cleanup (the
 * default, for people to read) nearby changes join into one; without it (for merging) each
 * change stays as small as the diff found it. Falls back to a character diff when the texts
 * hold more distinct tokens than one UTF-16 unit can name.
 */
export function diffWords(a: string, b: string, { semantic = true }: { semantic?: boolean } = {}): Diff[] {
  const dmp = createDmp();
  const tokens: string[] = [];
  const index = new Map<string, number>();
  const encode = (text: string): string | null => {
    let out = "";
    for (const [token] of text.matchAll(TOKEN)) {
      let i = index.get(token);
      if (i === undefined) {
        if (tokens.length >= MAX_TOKENS) return null;
        i = tokens.length;
        tokens.push(token);
        index.set(token, i);
      }
      out += codeFor(i);
    }
    return out;
  };
  const ea = encode(a);
  const eb = ea === null ? null : encode(b);
  if (ea === null || eb === null) {
    const diffs = dmp.diff_main(a, b) as Diff[];
    if (semantic) dmp.diff_cleanupSemantic(diffs);
    return repairSurrogateDiffs(diffs);
  }
  const decode = (s: string) => {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += tokens[c < 0xd800 ? c : c - 0x800];
    }
    return out;
  };
  // Cleaned up while still one unit per token, so no change splits a word.
  const encoded = dmp.diff_main(ea, eb, false) as Diff[];
  if (semantic) dmp.diff_cleanupSemantic(encoded);
  return encoded.map(([op, text]) => [op, decode(text)] as Diff);
}

export type DiffSegment =
  | { kind: "equal"; text: string }
  | { kind: "insert"; text: string }
  | { kind: "delete"; text: string }
  | { kind: "collapsed"; head: string; hidden: string; tail: string };

/** Characters of unchanged text kept visible on each side of a change. */
export const CONTEXT_CHARS = 160;

/**
 * Turns diffs into display segments; long unchanged stretches keep CONTEXT_CHARS on each side
 * of a change (cut at whitespace) and hide the middle, which the reader can expand.
 */
export function collapseUnchanged(diffs: readonly Diff[], context = CONTEXT_CHARS): DiffSegment[] {
  return diffs.map(([op, text], i): DiffSegment => {
    if (op === 1) return { kind: "insert", text };
    if (op === -1) return { kind: "delete", text };
    const keepHead = i > 0 ? context : 0;
    const keepTail = i < diffs.length - 1 ? context : 0;
    if (text.length <= keepHead + keepTail + context) return { kind: "equal", text };
    const headEnd = cutAtSpace(text, keepHead, 1);
    const tailStart = cutAtSpace(text, text.length - keepTail, -1);
    if (tailStart <= headEnd) return { kind: "equal", text };
    return {
      kind: "collapsed",
      head: text.slice(0, headEnd),
      hidden: text.slice(headEnd, tailStart),
      tail: text.slice(tailStart),
    };
  });
}

/**
 * Moves `i` up to 20 units in `direction` to the nearest whitespace, never inside a pair.
 * Going back, the cut lands after the space, so the visible tail starts with a word.
 */
function cutAtSpace(text: string, i: number, direction: 1 | -1): number {
  for (let d = 0; d < 20; d++) {
    const j = i + d * direction;
    if (j <= 0 || j >= text.length) break;
    if (/\s/.test(text[j])) return direction === 1 ? j : j + 1;
  }
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i + 1 : i;
}
