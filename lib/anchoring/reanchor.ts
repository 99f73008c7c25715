import { distance } from "fastest-levenshtein";
import type { Diff } from "../revisions/types";
import { changeRegions, mapOffset, survivingLength, type ChangeRegion } from "./map-offset";
import { matchQuote } from "./match-quote";
import { quoteAt, snapToCodePoints } from "./quote";
import type { Anchor, AnchorResult } from "./types";

/** A mapped span whose text is at least this similar to the stored quote is kept as it is. */
export const MIN_SIMILARITY = 0.8;
/** The local quote search looks this far (UTF-16 units) on each side of the mapped span. */
export const SEARCH_RADIUS = 2048;
/**
 * A local match is accepted at or above this Hypothesis-weighted score, and only if the quote
 * itself matches at least MIN_QUOTE_SCORE. Calibrated with `npm run bench` (anchoring accuracy):
 * the same quote found nearby with other context scores about 0.65 and must not attach.
 */
export const MIN_FUZZY_SCORE = 0.75;
export const MIN_QUOTE_SCORE = 0.6;
/** Spans this short carry too little text to verify or search for: they rely on mapping alone. */
export const MAX_MAPPING_ONLY_LENGTH = 2;

/** 1 − Levenshtein distance over the longer length; 1 for two empty strings. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * Re-anchors many spans through one revision's diffs (old text → `newText`). Each span is
 * mapped, verified against its quote, searched for locally when the text changed too much,
 * and otherwise orphaned. A span whose every character was deleted is orphaned at once:
 * searching for its quote would attach it to a duplicate elsewhere.
 */
export function reanchorAll(anchors: readonly Anchor[], diffs: readonly Diff[], newText: string): AnchorResult[] {
  const regions = changeRegions(diffs);
  return anchors.map((anchor) => reanchorWith(regions, anchor, newText));
}

/** reanchorAll for one span. */
export function reanchor(anchor: Anchor, diffs: readonly Diff[], newText: string): AnchorResult {
  return reanchorWith(changeRegions(diffs), anchor, newText);
}

function reanchorWith(regions: readonly ChangeRegion[], anchor: Anchor, newText: string): AnchorResult {
  const orphan: AnchorResult = { ...anchor, status: "orphaned", score: 0 };
  const mappedStart = mapOffset(regions, anchor.start, "start");
  const mappedEnd = Math.max(mappedStart, mapOffset(regions, anchor.end, "end"));
  const { start, end } = snapToCodePoints(newText, mappedStart, mappedEnd);
  const length = anchor.end - anchor.start;
  const unchanged = end - start === length && survivingLength(regions, anchor.start, anchor.end) === length;
  if (unchanged) return { ...quoteAt(newText, start, end), status: "anchored", score: 1 };

  if (end === start) return orphan; // deleted outright
  const score = similarity(newText.slice(start, end), anchor.exact);
  // A one- or two-character span cannot be verified by similarity: its mapping is trusted.
  if (score >= MIN_SIMILARITY || anchor.exact.length <= MAX_MAPPING_ONLY_LENGTH) {
    return { ...quoteAt(newText, start, end), status: "anchored", score };
  }

  const from = Math.max(0, start - SEARCH_RADIUS);
  const window = newText.slice(from, Math.min(newText.length, end + SEARCH_RADIUS));
  const match = matchQuote(window, anchor.exact, { prefix: anchor.prefix, suffix: anchor.suffix, hint: start - from });
  if (!match || match.score < MIN_FUZZY_SCORE || match.quoteScore < MIN_QUOTE_SCORE) return orphan;
  const snapped = snapToCodePoints(newText, from + match.start, from + match.end);
  return { ...quoteAt(newText, snapped.start, snapped.end), status: "fuzzy", score: match.score };
}
