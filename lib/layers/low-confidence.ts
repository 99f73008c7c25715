import { pageRange } from "./page-range";
import type { StoredLayer } from "./types";
import { rawToTextRegions, wordsAt } from "./words-at";

/**
 * Below this word confidence (0–1) a word counts as one the OCR was unsure of: tinted when
 * confidence shading is on, and a suggestion reason. Tesseract's misreadings in the typescript
 * corpus mostly sit under 0.6 (its WC for "FL-47-0314" is 0.48), while clean words are above 0.85.
 */
export const LOW_CONFIDENCE = 0.6;

/**
 * The words of `text` left as the OCR read them whose confidence is under LOW_CONFIDENCE, with
 * their spans in `text`: the raw layers of the document's pages mapped to it.
 */
export function lowConfidenceWords(rawText: string, text: string, pages: readonly { index: number; layer: StoredLayer | null }[]): { start: number; end: number; confidence: number }[] {
  if (!pages.some((p) => p.layer)) return [];
  const regions = rawToTextRegions(rawText, text);
  return pages.flatMap((p) => {
    if (!p.layer) return [];
    return wordsAt(p.layer.lines, regions, text, pageRange(text, p.index)).words.flatMap((w) =>
      w.origin === "ocr" && w.confidence && w.confidence.value < LOW_CONFIDENCE ? [{ start: w.start, end: w.end, confidence: w.confidence.value }] : [],
    );
  });
}

/**
 * The words of `text` left as the OCR read them that the page image read again (lib/server/ocr/read-words.ts),
 * with that reading: evidence for the suggestions.
 */
export function imageReadings(rawText: string, text: string, pages: readonly { index: number; layer: StoredLayer | null }[]): { start: number; end: number; text: string }[] {
  if (!pages.some((p) => p.layer?.lines.some((l) => l.words.some((w) => w.reread !== undefined)))) return [];
  const regions = rawToTextRegions(rawText, text);
  return pages.flatMap((p) => {
    if (!p.layer) return [];
    return wordsAt(p.layer.lines, regions, text, pageRange(text, p.index)).words.flatMap((w) => (w.origin === "ocr" && w.reread ? [{ start: w.start, end: w.end, text: w.reread }] : []));
  });
}

/**
 * Whether an imported layer's doubtful words are still to be read again from the page image:
 * hOCR, ALTO and PAGE come from someone's OCR; the OCR job reads its own pages again as it reads
 * them, and a PDF's text layer is taken as the text the PDF holds.
 */
export const awaitsReread = (layer: Pick<StoredLayer, "source" | "lines" | "reread"> | null): boolean =>
  Boolean(layer && (layer.source === "hocr" || layer.source === "alto" || layer.source === "page") && !layer.reread && layer.lines.length);
