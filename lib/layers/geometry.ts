import type { Box } from "./types";

/** The smallest box holding all of `boxes`; undefined for none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y, w, h] of boxes) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w); y1 = Math.max(y1, y + h);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}

/** The bounding box of PAGE-style points "x,y x,y …"; undefined when there are none or one is not a number. */
export function boxFromPoints(points: string): Box | undefined {
  const pairs = points.trim().split(/\s+/).filter(Boolean).map((p) => p.split(",").map(Number));
  if (pairs.length === 0 || pairs.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)))) return undefined;
  return unionBox(pairs.map(([x, y]) => [x!, y!, 0, 0] as const));
}

/** A box's corners as PAGE points, clockwise from the top left. */
export function pointsFromBox([x, y, w, h]: Box): string {
  return `${x},${y} ${x + w},${y} ${x + w},${y + h} ${x},${y + h}`;
}

export function isFiniteBox(box: Box): boolean {
  return box.every((n) => Number.isFinite(n)) && box[2] >= 0 && box[3] >= 0;
}

/** Whether `box` lies within a width × height image (edges included). */
export function boxInside(box: Box, width: number, height: number): boolean {
  const [x, y, w, h] = box;
  return x >= 0 && y >= 0 && x + w <= width && y + h <= height;
}

/** `box` cut to the image; a box wholly outside becomes an empty box at the nearest edge. */
export function clampBox([x, y, w, h]: Box, width: number, height: number): Box {
  const x0 = Math.min(Math.max(x, 0), width), y0 = Math.min(Math.max(y, 0), height);
  const x1 = Math.min(Math.max(x + w, 0), width), y1 = Math.min(Math.max(y + h, 0), height);
  return [x0, y0, x1 - x0, y1 - y0];
}

export function scaleBox([x, y, w, h]: Box, sx: number, sy: number): Box {
  return [Math.round(x * sx), Math.round(y * sy), Math.round(w * sx), Math.round(h * sy)];
}

/** Of a line's height, how much must lie in a drawn region for the line to count as chosen. */
export const CHOSEN_LINE_SHARE = 0.5;
/** Room kept above and below the chosen lines, as a share of their median height. */
const LINE_MARGIN = 0.2;

/**
 * The crop to read again for a region drawn over a page: the lines of the layer that the region
 * holds at least half of (their height), from the top of the first to the bottom of the last with
 * a little room, across the region's own width. A region that cuts through a neighbouring line
 * no longer feeds the reader its half letters. Without lines in it, the region as drawn.
 */
export function regionOfLines(region: Box, lines: readonly { box: Box }[]): Box {
  const [rx, ry, rw, rh] = region;
  const chosen = lines.filter(({ box: [x, y, w, h] }) => {
    const overlap = Math.min(y + h, ry + rh) - Math.max(y, ry);
    return h > 0 && overlap >= CHOSEN_LINE_SHARE * h && x < rx + rw && x + w > rx;
  });
  if (!chosen.length) return region;
  const heights = chosen.map((l) => l.box[3]).sort((a, b) => a - b);
  const margin = Math.round(LINE_MARGIN * heights[Math.floor(heights.length / 2)]!);
  const top = Math.min(...chosen.map((l) => l.box[1])) - margin;
  const bottom = Math.max(...chosen.map((l) => l.box[1] + l.box[3])) + margin;
  return [rx, top, rw, bottom - top];
}

/**
 * The part of a page image to show beside a change of the text [start, end): the boxes of the
 * words it touches (or, for an insertion, the word or line at its place), with room around them
 * (half a line above and below, two line heights to each side), cut to the page. Null where no
 * word of the page lies there. Offsets are UTF-16 units of the text the words are placed on.
 */
export function changeRegion(
  span: { start: number; end: number },
  page: { width: number; height: number; words: readonly { start: number; end: number; box: Box }[]; lines: readonly { start: number; end: number; box: Box }[] },
): Box | null {
  const touches = (r: { start: number; end: number }) => (span.start === span.end ? r.start <= span.start && span.start <= r.end : r.start < span.end && span.start < r.end);
  const words = page.words.filter(touches).map((w) => w.box);
  const boxes = words.length ? words : page.lines.filter(touches).map((l) => l.box);
  const union = unionBox(boxes);
  if (!union) return null;
  const lineHeight = Math.max(...boxes.map((b) => b[3]));
  const [x, y, w, h] = union;
  return clampBox([x - 2 * lineHeight, y - lineHeight / 2, w + 4 * lineHeight, h + lineHeight], page.width, page.height).map(Math.round) as unknown as Box;
}
