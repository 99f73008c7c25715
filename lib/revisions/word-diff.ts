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

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_'’-]$/u;
const SPACE_CHAR = /^\s$/u;

/** The code point ending at UTF-16 offset `at`, or "" at the start. */
function pointBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1];
}

/** The code point starting at UTF-16 offset `at`, or "" at the end. */
const pointAt = (text: string, at: number): string => (at >= text.length ? "" : String.fromCodePoint(text.codePointAt(at)!));

/**
 * True when offset `at` falls between two tokens of `tokenize(text)` (or at either end): not
 * inside a word, a whitespace run or a surrogate pair.
 */
export function isTokenBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const c = text.charCodeAt(at);
  if (c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) return false;
  const before = pointBefore(text, at);
  const after = pointAt(text, at);
  return !((WORD_CHAR.test(before) && WORD_CHAR.test(after)) || (SPACE_CHAR.test(before) && SPACE_CHAR.test(after)));
}

/** The nearest token boundary at or before `at`. */
export function tokenStartAt(text: string, at: number): number {
  while (!isTokenBoundary(text, at)) at--;
  return at;
}

/** The nearest token boundary at or after `at`. */
export function tokenEndAt(text: string, at: number): number {
  while (!isTokenBoundary(text, at)) at++;
  return at;
}

/**
 * Lengths of the common prefix and suffix of `a` and `b`, cut back to token boundaries of both
 * and never overlapping: the stretch a word diff needs to look at is what lies between them.
 */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && !(isTokenBoundary(a, prefix) && isTokenBoundary(b, prefix))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  while (suffix > 0 && !(isTokenBoundary(a, a.length - suffix) && isTokenBoundary(b, b.length - suffix))) suffix--;
  return { prefix, suffix };
}

/** Codes skip the surrogate range so that the encoded strings stay well formed. */
const MAX_TOKENS = 0xffff - 0x800;

const codeFor = (index: number) => String.fromCharCode(index < 0xd800 ? index : index + 0x800);

/**
 * Word-level diff of `a` and `b` for people to read, with semantic cleanup: every change covers
 * whole tokens. Falls back to a character diff when the texts hold more distinct tokens than
 * one UTF-16 unit can name.
 */
export function diffWords(a: string, b: string): Diff[] {
  // Only the stretch between the common ends is tokenised: on a 1 MB text with one change the
  // tokenising alone would cost over 100 ms.
  const { prefix, suffix } = commonEnds(a, b);
  const middle = diffMiddle(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  const out: Diff[] = [];
  if (prefix) out.push([0, a.slice(0, prefix)]);
  for (const d of middle) {
    const last = out[out.length - 1];
    if (last && last[0] === d[0]) last[1] += d[1];
    else out.push([d[0], d[1]]);
  }
  if (suffix) {
    const last = out[out.length - 1];
    if (last && last[0] === 0) last[1] += a.slice(a.length - suffix);
    else out.push([0, a.slice(a.length - suffix)]);
  }
  return out;
}

function diffMiddle(a: string, b: string): Diff[] {
  if (!a && !b) return [];
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
    dmp.diff_cleanupSemantic(diffs);
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
  dmp.diff_cleanupSemantic(encoded);
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
