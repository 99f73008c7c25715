import { pageRange } from "../layers/page-range";
import { rawToTextRegions, wordsAt, type LineAt, type WordAt } from "../layers/words-at";
import type { ExportDocument, ExportPage } from "./types";

export interface PageText {
  page: ExportPage;
  /** The page's lines in the layer's order, each with the words of the text being written. */
  lines: { line: LineAt; words: WordAt[]; index: number }[];
}

/**
 * The pages of a document with the words of `doc.text` placed on their lines: a word left as the
 * OCR read it keeps its box, a changed word takes the boxes of the raw words it replaced, an
 * inserted word its line's box (lib/layers/words-at). Lines left with no words are dropped.
 * Pages without a layer are skipped.
 */
export function pageTexts(doc: ExportDocument): PageText[] {
  if (!doc.pages.some((p) => p.layer)) return [];
  const regions = rawToTextRegions(doc.rawText, doc.text);
  return doc.pages.flatMap((page) => {
    if (!page.layer) return [];
    const { words, lines } = wordsAt(page.layer.lines, regions, doc.text, pageRange(doc.text, page.index));
    const byLine = lines.map((line, index) => ({ line, words: [] as WordAt[], index }));
    for (const w of words) byLine[w.line]?.words.push(w);
    return [{ page, lines: byLine.filter((l) => l.words.length > 0) }];
  });
}
