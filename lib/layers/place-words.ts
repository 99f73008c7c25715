import type { AnchoredLine, PageLayer } from "./types";

/** Line and page breaks and control characters would break the page's layout; inside a word they become a space. */
const NOT_IN_A_WORD = /[\s\x00-\x1f\x7f]+/g;

/** A layer word as the page text spells it. */
export const wordInText = (word: string) => word.replace(NOT_IN_A_WORD, " ");

/**
 * The page's text as the layer reads: words joined by one space, lines by a line break, and a
 * blank line between text blocks. Returns the text and each line and word anchored to it,
 * shifted by `offset` (the page's start in the document's raw text).
 */
export function placeWords(layer: PageLayer, offset = 0): { text: string; lines: AnchoredLine[] } {
  let text = "";
  const lines: AnchoredLine[] = [];
  let lastBlock: string | undefined;
  for (const line of layer.lines) {
    if (line.words.length === 0) continue;
    if (lines.length > 0) text += line.block !== lastBlock ? "\n\n" : "\n";
    lastBlock = line.block;
    const lineStart = text.length;
    const words = line.words.map((word, i) => {
      if (i > 0) text += " ";
      const start = text.length;
      text += wordInText(word.text);
      return { ...word, start: offset + start, end: offset + text.length };
    });
    lines.push({ ...line, start: offset + lineStart, end: offset + text.length, words });
  }
  return { text, lines };
}
