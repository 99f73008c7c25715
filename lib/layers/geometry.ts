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
