/**
 * One word-box model for every OCR layer (hOCR, ALTO, PAGE, PDF text, tesseract.js).
 * Coordinates are image pixels with the origin at the top left; a box is [x, y, width, height].
 * Confidences are normalised to 0–1 (1 = sure), with the layer's own value and scale kept so a
 * writer can give the original back.
 */
export type Box = readonly [x: number, y: number, w: number, h: number];

export type LayerSource = "hocr" | "alto" | "page" | "pdf" | "tesseract";

/** The scale a confidence was read on: ALTO WC 0–1 (1 sure), ALTO CC 0–9 (0 sure), hOCR x_wconf 0–100, PAGE conf 0–1. */
export type ConfidenceScale = "unit" | "alto-cc" | "percent";

export interface Confidence {
  /** 0–1, 1 = sure. */
  value: number;
  /** The value as the layer wrote it. */
  original: number;
  scale: ConfidenceScale;
}

/** A word split across a line end: part 1 ends the line ("presi-"), part 2 starts the next ("dents"). */
export interface Hyphenation {
  part: 1 | 2;
  /** The whole word (ALTO SUBS_CONTENT), when the layer gives it. */
  full?: string;
  /** The hyphen glyph written after part 1 (ALTO HYP), which the text keeps. */
  mark?: string;
}

export interface LayerWord {
  /** The word as it stands in the page text (with a line-end hyphen mark, if any). */
  text: string;
  box: Box;
  id?: string;
  confidence?: Confidence;
  /** Per-character confidences, normalised like `confidence` (same scale). */
  charConfidences?: number[];
  hyphenation?: Hyphenation;
  /** The word read again from the page image as a single word (lib/server/ocr/read-words.ts), where it was: evidence for suggestions. */
  reread?: string;
}

export interface LayerLine {
  box: Box;
  id?: string;
  words: LayerWord[];
  /** The text block the line belongs to (reading order runs block by block). */
  block?: string;
}

/** A page's layer, its lines in reading order. */
export interface PageLayer {
  source: LayerSource;
  /** The format's version, e.g. "alto-v3", "page-2019". */
  format: string;
  width: number;
  height: number;
  /** The image the layer names (hOCR `image`, ALTO `fileName`, PAGE `imageFilename`), bare name only. */
  imageName?: string;
  lines: LayerLine[];
}

/** Why a layer could not be read. Reported with the file's name by the caller. */
export interface LayerProblem {
  reason: "xml_doctype" | "xml_malformed" | "xml_limit" | "xml_timeout" | "unknown_layer" | "no_page" | "bad_geometry" | "multiple_pages";
  message: string;
}

/** A word anchored to the document's raw text: [start, end) in UTF-16 units of Document.rawText. */
export interface AnchoredWord extends LayerWord {
  start: number;
  end: number;
}

export interface AnchoredLine extends Omit<LayerLine, "words"> {
  start: number;
  end: number;
  words: AnchoredWord[];
}

/** What a page stores of its layer: the lines and words anchored to the raw text. */
export interface StoredLayer {
  source: LayerSource;
  format: string;
  lines: AnchoredLine[];
  /** The doubtful words were read again from the page image (lib/data/pages/reread-pages.ts). */
  reread?: true;
}
