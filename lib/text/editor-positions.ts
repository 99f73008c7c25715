// Conversions between text offsets (UTF-16 units in the plain text) and ProseMirror positions
// in the editor's document model (editor-doc.ts): one paragraph per line, each character and
// each page break one position, and two positions (close + open) per line break.

import type { NodeLike } from "./editor-doc";

/** Text offset where each paragraph starts, for a document of paragraphs. */
export interface LineIndex {
  /** Text offset of the start of paragraph i. */
  starts: number[];
}

interface SizedNode extends NodeLike {
  content: { size: number };
}

/** Builds the line index of a document in one pass. */
export function lineIndex(doc: SizedNode): LineIndex {
  const starts: number[] = [];
  let offset = 0;
  doc.forEach((paragraph) => {
    starts.push(offset);
    offset += (paragraph as SizedNode).content.size + 1;
  });
  return { starts };
}

/** The paragraph holding text offset `offset` (the last one starting at or before it). */
function lineOf(index: LineIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The ProseMirror position of a text offset. */
export const textOffsetToPos = (index: LineIndex, offset: number): number => offset + 1 + lineOf(index, offset);

/** The text offset of a ProseMirror position inside a paragraph. */
export function posToTextOffset(index: LineIndex, pos: number): number {
  // Paragraph i's content starts at position starts[i] + i + 1; find the last at or before pos.
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] + mid + 1 <= pos) lo = mid;
    else hi = mid - 1;
  }
  return pos - 1 - lo;
}
