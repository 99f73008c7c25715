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
  const pairs: TokenPair[] = [];
  let pa = 0; // offsets in a and b
  let pb = 0;
  let doneA = 0; // tokens before these offsets were paired already
  let doneB = 0;
  let hunk: { a0: number; a1: number; b0: number; b1: number } | null = null;
  const flush = () => {
    if (!hunk) return;
    // Widen to whole tokens: every token that overlaps or touches the changed characters.
    const fromA = tokensAround(a, hunk.a0, hunk.a1, doneA);
    const fromB = tokensAround(b, hunk.b0, hunk.b1, doneB);
    pairs.push(...pairTokens(fromA.tokens, fromB.tokens));
    doneA = fromA.end;
    doneB = fromB.end;
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

/**
 * The tokens of `text` that overlap or touch [from, to), none starting before `floor`, and
 * where they end. Only the neighbourhood is tokenised: a one-word fix in a megabyte costs
 * microseconds.
 */
function tokensAround(text: string, from: number, to: number, floor: number): { tokens: Token[]; end: number } {
  let start = from;
  while (start > floor && !/\s/u.test(text[start - 1])) start--;
  let end = to;
  while (end < text.length && !/\s/u.test(text[end])) end++;
  const tokens = tokenize(text.slice(start, end)).map((t) => ({ text: t.text, start: t.start + start, end: t.end + start }));
  return { tokens, end: Math.max(end, floor) };
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
