import type { Box } from "../layers/types";

/** A few pixels around a line, so that descenders and a slanted baseline stay in the picture. */
export const LINE_MARGIN = 6;

/** The IIIF Image API URL of a line's crop of its page (whole pixels, clamped at the page's top-left edge). */
export function lineCropUrl(pageId: string, [x, y, w, h]: Box, margin = LINE_MARGIN): string {
  const left = Math.max(0, Math.round(x - margin));
  const top = Math.max(0, Math.round(y - margin));
  return `/iiif/${pageId}/${left},${top},${Math.round(x + w + margin) - left},${Math.round(y + h + margin) - top}/max/0/default.jpg`;
}
