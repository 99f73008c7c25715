import type { Box } from "./types";

/** A page's raw words and lines as the viewer holds them (offsets in the raw text). */
export interface PageBoxes {
  /** Where the page's text lies in the raw text. */
  start: number;
  end: number;
  words: readonly { start: number; end: number; box: Box; confidence?: { value: number } }[];
  lines: readonly { start: number; end: number; box: Box }[];
}

export interface Located {
  page: number;
  /** The word's box, when a raw word holds the offset. */
  word: Box | null;
  /** The line's box, when a line holds the offset. */
  line: Box | null;
}

/**
 * The page, word and line at a raw-text offset: the word whose [start, end] holds it (its end
 * included, so the caret just after a word still shows it), else the line. Pages are in order;
 * words and lines within a page are sorted by start.
 */
export function locateOffset(pages: readonly (PageBoxes | null)[], offset: number): Located | null {
  const page = pages.findIndex((p) => p !== null && offset >= p.start && offset <= p.end);
  if (page < 0) return null;
  const { words, lines } = pages[page]!;
  const w = lastStartingAtOrBefore(words, offset);
  const line = lastStartingAtOrBefore(lines, offset);
  return {
    page,
    word: w && offset <= w.end ? w.box : null,
    line: line && offset <= line.end ? line.box : null,
  };
}

/**
 * The raw offset of the word at image point (x, y) on a page: the word whose box holds the
 * point, else the nearest word on the line whose box holds it, else null.
 */
export function offsetAtPoint(page: PageBoxes, x: number, y: number): number | null {
  const inside = (b: Box) => x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3];
  const hit = page.words.find((w) => inside(w.box));
  if (hit) return hit.start;
  const line = page.lines.find((l) => inside(l.box));
  if (!line) return null;
  let best: { start: number; gap: number } | null = null;
  for (const w of page.words) {
    if (w.start < line.start || w.end > line.end) continue;
    const gap = x < w.box[0] ? w.box[0] - x : x - (w.box[0] + w.box[2]);
    if (!best || gap < best.gap) best = { start: w.start, gap };
  }
  return best?.start ?? line.start;
}

function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = items.length - 1, found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
