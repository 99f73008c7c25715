import { createDmp } from "../revisions/dmp";
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, type Diff } from "../revisions/types";
import { tokenize, type Token } from "./tokens";

/** A token of the first text and the token of the second that took its place; null on the side that has none. */
export interface TokenPair {
  from: Token | null;
  to: Token | null;
}

/**
 * Pairs the tokens of `a` with those of `b` where the texts differ, in order: only changed
 * places, never the tokens both texts share. Works from a character diff (the revision's own
 * diffs when given), widened to whole tokens, so it scales to megabyte documents; inside a
 * changed place, tokens are paired by a small edit-distance alignment.
 */
export function alignChangedTokens(a: string, b: string, diffs?: readonly Diff[]): TokenPair[] {
  const changes = diffs ?? createDmp().diff_main(a, b);
  const ta = tokenize(a);
  const tb = tokenize(b);
  const pairs: TokenPair[] = [];
  let ia = 0; // first token of `a` not yet passed
  let ib = 0;
  let pa = 0; // offsets in a and b
  let pb = 0;
  let hunk: { a0: number; a1: number; b0: number; b1: number } | null = null;
  const flush = () => {
    if (!hunk) return;
    // Widen to whole tokens: every token that overlaps or touches the changed characters.
    const endA = Math.max(ia, lastStartingBefore(ta, hunk.a1) + 1);
    const endB = Math.max(ib, lastStartingBefore(tb, hunk.b1) + 1);
    pairs.push(...pairTokens(ta.slice(firstEndingAfter(ta, hunk.a0, ia), endA), tb.slice(firstEndingAfter(tb, hunk.b0, ib), endB)));
    ia = endA;
    ib = endB;
    hunk = null;
  };
  for (const [op, text] of changes) {
    if (op === DIFF_EQUAL) {
      // An equal run that holds whitespace ends the changed place; one inside a word does not.
      if (hunk && /\s/u.test(text)) flush();
      pa += text.length;
      pb += text.length;
      continue;
    }
    hunk ??= { a0: pa, a1: pa, b0: pb, b1: pb };
    if (op === DIFF_DELETE) pa += text.length;
    if (op === DIFF_INSERT) pb += text.length;
    hunk.a1 = pa;
    hunk.b1 = pb;
  }
  flush();
  return pairs.filter((p) => p.from?.text !== p.to?.text);
}

/** Index of the first token (from `from` on) whose end reaches `at`: the token `at` lies in or touches. */
function firstEndingAfter(tokens: Token[], at: number, from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i].end < at) i++;
  return i;
}

/** Index of the last token that starts at or before `at` (the token `at` lies in or touches); -1 when none. */
function lastStartingBefore(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Aligns two short token lists by edit distance, where replacing a token by another costs the
 * share of their characters that differ: "Genserslov" pairs with "Generalov", not with "met".
 */
export function pairTokens(a: Token[], b: Token[]): TokenPair[] {
  const n = a.length;
  const m = b.length;
  if (n === m && n <= 1) return n ? [{ from: a[0], to: b[0] }] : [];
  // Past a few hundred tokens a place is a rewrite, not a correction: pair in order.
  if (n * m > 40_000) return Array.from({ length: Math.max(n, m) }, (_, i) => ({ from: a[i] ?? null, to: b[i] ?? null }));
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) cost[i][0] = i;
  for (let j = 1; j <= m; j++) cost[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cost[i][j] = Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1, cost[i - 1][j - 1] + substitution(a[i - 1].text, b[j - 1].text));
    }
  }
  const out: TokenPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && cost[i][j] === cost[i - 1][j - 1] + substitution(a[i - 1].text, b[j - 1].text)) {
      out.push({ from: a[--i], to: b[--j] });
    } else if (i > 0 && cost[i][j] === cost[i - 1][j] + 1) out.push({ from: a[--i], to: null });
    else out.push({ from: null, to: b[--j] });
  }
  return out.reverse();
}

const substitution = (x: string, y: string) => (x === y ? 0 : (1.9 * editDistance(x, y)) / Math.max(x.length, y.length, 1));

/** Levenshtein distance over UTF-16 units. */
export function editDistance(x: string, y: string): number {
  if (x === y) return 0;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}
