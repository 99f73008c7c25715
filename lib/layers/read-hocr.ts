import { err, ok, type Result } from "../result";
import { bareName } from "./read-alto";
import type { Box, LayerLine, LayerProblem, LayerWord, PageLayer } from "./types";
import { deepText, descendants, type XmlElement } from "./xml-tree";

/** hOCR classes that hold one line of words. */
const LINE_CLASSES = new Set(["ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption"]);

/**
 * Reads Tesseract-style hOCR (XHTML) with one ocr_page. Word confidence: `x_wconf` (0–100);
 * character confidences: `x_confs` (0–100 each). Lines in document order, which is hOCR's
 * reading order.
 */
export function readHocr(root: XmlElement): Result<PageLayer, LayerProblem> {
  const pages = [...descendants(root)].filter((e) => hasClass(e, "ocr_page"));
  if (pages.length === 0) return err({ reason: "no_page", message: "its hOCR has no ocr_page" });
  if (pages.length > 1) return err({ reason: "multiple_pages", message: `its hOCR has ${pages.length} pages; give one file per page` });
  const page = pages[0]!;
  const props = titleProps(page);
  const pageBox = bbox(props);
  if (!pageBox || !(pageBox[2] > 0 && pageBox[3] > 0)) return err({ reason: "bad_geometry", message: "its ocr_page has no bbox" });
  const lines: LayerLine[] = [];
  let block: string | undefined;
  for (const el of descendants(page)) {
    if (hasClass(el, "ocr_carea")) block = el.attrs.id;
    if (!LINE_CLASSES.has(classOf(el))) continue;
    const lineBox = bbox(titleProps(el));
    if (!lineBox) return err({ reason: "bad_geometry", message: `its line ${el.attrs.id ?? ""} has no bbox` });
    const words: LayerWord[] = [];
    // A line nested in another (no producer writes that, but a file may) keeps its own words.
    for (const w of descendants(el, (d) => !LINE_CLASSES.has(classOf(d)))) {
      if (!hasClass(w, "ocrx_word")) continue;
      const wp = titleProps(w);
      const box = bbox(wp);
      if (!box) return err({ reason: "bad_geometry", message: `its word ${w.attrs.id ?? ""} has no bbox` });
      const word: LayerWord = { text: deepText(w).trim(), box, id: w.attrs.id };
      const conf = Number(wp.get("x_wconf"));
      if (wp.has("x_wconf") && Number.isFinite(conf)) word.confidence = { value: clamp01(conf / 100), original: conf, scale: "percent" };
      const confs = wp.get("x_confs")?.split(/\s+/).map(Number);
      if (confs && confs.every(Number.isFinite)) word.charConfidences = confs.map((c) => clamp01(c / 100));
      if (word.text) words.push(word);
    }
    lines.push({ box: lineBox, id: el.attrs.id, words, block });
  }
  const image = props.get("image")?.replace(/^"|"$/g, "");
  return ok({ source: "hocr", format: "hocr", width: pageBox[2], height: pageBox[3], imageName: bareName(image), lines });
}

function classOf(el: XmlElement): string {
  return el.attrs.class?.trim().split(/\s+/)[0] ?? "";
}

function hasClass(el: XmlElement, name: string): boolean {
  return el.attrs.class?.split(/\s+/).includes(name) ?? false;
}

/** hOCR's title properties: "bbox 1 2 3 4; x_wconf 95" → { bbox: "1 2 3 4", x_wconf: "95" }. */
function titleProps(el: XmlElement): Map<string, string> {
  const props = new Map<string, string>();
  for (const part of (el.attrs.title ?? "").split(";")) {
    const m = /^\s*(\S+)\s*(.*?)\s*$/.exec(part);
    if (m) props.set(m[1]!, m[2]!);
  }
  return props;
}

/** hOCR bboxes are corners (x0 y0 x1 y1); the model keeps x, y, width, height. */
function bbox(props: Map<string, string>): Box | undefined {
  const v = props.get("bbox")?.split(/\s+/).map(Number);
  if (!v || v.length !== 4 || !v.every(Number.isFinite) || v[2]! < v[0]! || v[3]! < v[1]!) return undefined;
  return [v[0]!, v[1]!, v[2]! - v[0]!, v[3]! - v[1]!];
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}
