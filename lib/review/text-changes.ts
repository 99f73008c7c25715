import { changeRegions, mapOffset } from "../anchoring/map-offset";
import type { Diff } from "../revisions/types";
import { diffWords } from "../revisions/word-diff";

type Range = { start: number; end: number };

export interface TextChanges {
  /** Ranges of the current text that differ from the raw OCR, word by word. */
  inCurrent: Range[];
  /** Ranges of the raw OCR that were corrected. */
  inRaw: Range[];
  /** The raw OCR offset of the passage at a current-text offset, for keeping the panes level. */
  currentToRaw(offset: number): number;
  /** The current-text offset of a raw OCR offset (a click on a word of the page image); `end` for the end of a span. */
  rawToCurrent(offset: number, side?: "start" | "end"): number;
}

/**
 * What the corrections changed, on both sides: which words of the current text differ from the
 * raw OCR, and which raw words were corrected. A pure deletion marks the next character of the
 * current text, so it is not invisible.
 */
export function textChanges(raw: string, current: string): TextChanges {
  const diffs = diffWords(raw, current);
  const inverse: Diff[] = diffs.map(([op, text]) => [(op === 0 ? 0 : op === 1 ? -1 : 1) as Diff[0], text]);
  const regions = changeRegions(inverse);
  const forward = changeRegions(diffs);
  // Raw words are marked only where they were corrected: a word added to the current text has no raw counterpart to mark.
  return { inCurrent: changedRanges(diffs, 1, current.length), inRaw: changedRanges(inverse, 1, raw.length, false), currentToRaw: (offset) => mapOffset(regions, offset, "start"), rawToCurrent: (offset, side = "start") => mapOffset(forward, offset, side) };
}

/** Ranges of the side that `side` ops insert into (1: the new text). */
export function changedRanges(diffs: readonly Diff[], side: 1, length: number, markDeletions = true): Range[] {
  const changed: Range[] = [];
  let at = 0;
  for (let i = 0; i < diffs.length; i++) {
    const [op, text] = diffs[i];
    if (op === side) {
      const last = changed[changed.length - 1];
      if (last && last.end === at) last.end += text.length;
      else changed.push({ start: at, end: at + text.length });
      at += text.length;
    } else if (op === 0) {
      at += text.length;
    } else if (markDeletions && diffs[i + 1]?.[0] !== side && diffs[i - 1]?.[0] !== side && at < length) {
      // Deleted with nothing in its place: mark the next character instead.
      changed.push({ start: at, end: at + 1 });
    }
  }
  return changed.filter((r) => r.end > r.start);
}
