import { isHighSurrogate, isLowSurrogate } from "../revisions/surrogates";
import { QUOTE_CONTEXT, type Anchor } from "./types";

/** Moves a start offset left and an end offset right so that neither splits a surrogate pair. */
export function snapToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  const splits = (i: number) => i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
  return { start: splits(start) ? start - 1 : start, end: splits(end) ? end + 1 : end };
}

/** The span [start, end) of `text` with QUOTE_CONTEXT characters of context, whole code points only. */
export function quoteAt(text: string, start: number, end: number): Anchor {
  const before = snapToCodePoints(text, Math.max(0, start - QUOTE_CONTEXT), start).start;
  const after = snapToCodePoints(text, end, Math.min(text.length, end + QUOTE_CONTEXT)).end;
  return { start, end, exact: text.slice(start, end), prefix: text.slice(before, start), suffix: text.slice(end, after) };
}

/**
 * Converts UTF-16 offsets to code-point offsets, as the W3C TextPositionSelector counts, in one
 * pass over the text however many offsets there are. Offsets must not split a pair.
 */
export function toCodePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length);
  let pairs = 0;
  let i = 0;
  for (const [offset, index] of order) {
    for (; i < offset; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < offset && isLowSurrogate(text.charCodeAt(i + 1))) {
        pairs++;
        i++;
      }
    }
    out[index] = offset - pairs;
  }
  return out;
}
