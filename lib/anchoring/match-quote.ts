import search from "approx-string-match";

// Quote search with Hypothesis's weighting (its anchoring/match-quote.js): the quote counts most,
// then the context on either side, and a little the distance from where the quote was expected.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export interface QuoteMatch {
  start: number;
  end: number;
  /** Weighted score in [0, 1]. */
  score: number;
  /** 1 − errors / quote length. */
  quoteScore: number;
}

/** How well `text` matches `str`: 1 − the fewest edits to find `str` in `text`, over its length. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / str.length;
}

/**
 * The best approximate match of `quote` in `text`, or null when none is within
 * min(256, quote.length / 2) errors. `hint` is where the quote is expected (offset in `text`).
 */
export function matchQuote(text: string, quote: string, context: { prefix: string; suffix: string; hint: number }): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  let best: QuoteMatch | null = null;
  for (const m of search(text, quote, maxErrors)) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix) : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix) : 1;
    const positionScore = 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length);
    const score =
      (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, quoteScore };
  }
  return best;
}
