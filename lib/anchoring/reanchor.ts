import { distance } from "fastest-levenshtein";
import type { Diff } from "../revisions/types";
import { changeRegions, mapOffset, oldOffsetOf, survivingLength, type ChangeRegion } from "./map-offset";
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
/**
 * How far (UTF-16 units) a fuzzy match may lie from the mapped span. Mapping already follows
 * every insertion and deletion, so a correct match overlaps or touches the mapped place; the
 * benchmark's only wrong attachments were matches on a duplicate phrase 100–400 units away
 * ("the Ministry of Foreign Affairs" twice in one paragraph), which this rules out.
 */
export const MAX_FUZZY_DRIFT = 32;
/** Spans at least this long (UTF-16 units) are verified by their own text, without their context. */
export const SELF_EVIDENT_LENGTH = 8;
/** The mapped short span's surroundings must match its stored prefix and suffix at least this well. */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/** A span that fails verification and search is still kept where at least this share of its characters survived. */
export const MIN_SURVIVING_SHARE = 0.5;
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

/**
 * How well the text around [start, end) matches the anchor's stored prefix and suffix,
 * weighted by their lengths. A diff can pair a short word with another occurrence of it
 * nearby; the context tells the two apart.
 */
export function contextSimilarity(text: string, start: number, end: number, anchor: Anchor): number {
  const total = anchor.prefix.length + anchor.suffix.length;
  if (total === 0) return 1;
  const prefix = similarity(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix);
  const suffix = similarity(text.slice(end, end + anchor.suffix.length), anchor.suffix);
  return (prefix * anchor.prefix.length + suffix * anchor.suffix.length) / total;
}

/**
 * The part of a quote match [start, end) (new-text offsets) that can be this span's text: what
 * the revision inserted, or what lay inside the span before it. Text the revision left
 * unchanged and that lay outside the span was another passage before the revision and still
 * is: another occurrence by construction, never this span. Such text is trimmed from the
 * match's edges (approximate matching blurs them); inside the match, or as all of it, it makes
 * the match someone else's, and null is returned.
 */
function ownPart(regions: readonly ChangeRegion[], anchor: Anchor, start: number, end: number): { start: number; end: number } | null {
  const foreign = (pos: number) => {
    const old = oldOffsetOf(regions, pos);
    return old !== null && (old < anchor.start || old >= anchor.end);
  };
  let s = start;
  let e = end;
  while (s < e && foreign(s)) s++;
  while (e > s && foreign(e - 1)) e--;
  if (s === e) return null;
  for (let pos = s; pos < e; pos++) if (foreign(pos)) return null;
  return { start: s, end: e };
}

function reanchorWith(regions: readonly ChangeRegion[], anchor: Anchor, newText: string): AnchorResult {
  const orphan: AnchorResult = { ...anchor, status: "orphaned", score: 0 };
  const mappedStart = mapOffset(regions, anchor.start, "start");
  const mappedEnd = Math.max(mappedStart, mapOffset(regions, anchor.end, "end"));
  const { start, end } = snapToCodePoints(newText, mappedStart, mappedEnd);
  if (end === start) return orphan; // deleted outright

  const length = anchor.end - anchor.start;
  const placed = (status: "anchored" | "fuzzy", score: number): AnchorResult => ({ ...quoteAt(newText, start, end), status, score });
  // Only a short span can be paired by the diff with another occurrence of itself; a longer
  // one is its own evidence, and heavy corrections around it must not cost it its place.
  const contextHolds = length >= SELF_EVIDENT_LENGTH || contextSimilarity(newText, start, end, anchor) >= MIN_CONTEXT_SIMILARITY;
  const unchanged = end - start === length && survivingLength(regions, anchor.start, anchor.end) === length;
  if (unchanged && contextHolds) return placed("anchored", 1);

  const score = similarity(newText.slice(start, end), anchor.exact);
  if (score >= MIN_SIMILARITY && contextHolds) return placed("anchored", score);
  if (length <= MAX_MAPPING_ONLY_LENGTH) {
    // Too short to verify or search for: the mapping is trusted when the span kept its length
    // (a letter corrected, 🅱 → 🅰) and its surroundings, never inside a larger rewrite.
    return contextHolds && (score >= MIN_SIMILARITY || end - start === length) ? placed("anchored", score) : orphan;
  }

  const from = Math.max(0, start - SEARCH_RADIUS);
  const window = newText.slice(from, Math.min(newText.length, end + SEARCH_RADIUS));
  const match = matchQuote(window, anchor.exact, { prefix: anchor.prefix, suffix: anchor.suffix, hint: start - from });
  const near = match && from + match.end >= start - MAX_FUZZY_DRIFT && from + match.start <= end + MAX_FUZZY_DRIFT;
  const own = match && near ? ownPart(regions, anchor, from + match.start, from + match.end) : null;
  if (match && own && match.score >= MIN_FUZZY_SCORE && similarity(newText.slice(own.start, own.end), anchor.exact) >= MIN_QUOTE_SCORE) {
    const snapped = snapToCodePoints(newText, own.start, own.end);
    return { ...quoteAt(newText, snapped.start, snapped.end), status: "fuzzy", score: match.score };
  }
  // No good match for the quote, yet most of the span's own characters are still where the
  // mapping put them, in their old surroundings (words inserted or cut inside it): that place
  // is right by construction. It is kept as fuzzy, for a person to review, rather than lost.
  const kept = survivingLength(regions, anchor.start, anchor.end) / length;
  if (contextHolds && kept >= MIN_SURVIVING_SHARE && end - start <= 2 * length + 16) return placed("fuzzy", Math.min(score, kept));
  return orphan;
}
