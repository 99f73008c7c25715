import { err, ok, type Result } from "../result";
import { unionBox } from "./geometry";
import type { Box, Confidence, LayerLine, LayerProblem, LayerWord, PageLayer } from "./types";
import { childrenNamed, descendants, firstDescendant, type XmlElement } from "./xml-tree";

const ALTO_NS = /^http:\/\/(www\.)?loc\.gov\/standards\/alto\/(ns-v(\d)#)?/;

/**
 * Reads an ALTO v2–v4 document with one Page. Lines come in document order, which is ALTO's
 * reading order for Tesseract and most producers. Word confidence: WC (0–1, 1 sure); character
 * confidences: CC (0–9, 0 sure, one digit per character, spaced or not). A hyphenated word part 1
 * carries its HYP glyph in the text ("presi-"), as the typescript shows it.
 */
export function readAlto(root: XmlElement): Result<PageLayer, LayerProblem> {
  const version = ALTO_NS.exec(root.ns)?.[3] ?? "2";
  const pages = [...descendants(root)].filter((e) => e.name === "Page");
  if (pages.length === 0) return err({ reason: "no_page", message: "its ALTO has no Page element" });
  if (pages.length > 1) return err({ reason: "multiple_pages", message: `its ALTO has ${pages.length} Page elements; give one file per page` });
  const page = pages[0]!;
  const fileName = firstDescendant(root, "fileName")?.text.trim();
  const lines: LayerLine[] = [];
  // ALTO keeps every TextLine inside a TextBlock; blocks come in reading order.
  for (const block of descendants(page)) {
    if (block.name !== "TextBlock") continue;
    for (const el of childrenNamed(block, "TextLine")) {
      const words = readLineWords(el);
      if (!words.ok) return words;
      const box = readBox(el) ?? unionBox(words.value.map((w) => w.box));
      if (!box) continue;
      lines.push({ box, id: el.attrs.ID, words: words.value, block: block.attrs.ID });
    }
  }
  const width = Number(page.attrs.WIDTH), height = Number(page.attrs.HEIGHT);
  if (!(width > 0 && height > 0)) return err({ reason: "bad_geometry", message: "its ALTO Page has no WIDTH and HEIGHT" });
  return ok({ source: "alto", format: `alto-v${version}`, width, height, imageName: bareName(fileName), lines });
}

function readLineWords(line: XmlElement): Result<LayerWord[], LayerProblem> {
  const words: LayerWord[] = [];
  for (const el of line.children) {
    if (el.name === "HYP" && words.length > 0) {
      const last = words[words.length - 1]!;
      const mark = el.attrs.CONTENT ?? "-";
      words[words.length - 1] = { ...last, text: last.text + mark, hyphenation: { ...(last.hyphenation ?? { part: 1 }), mark } };
      continue;
    }
    if (el.name !== "String") continue;
    const box = readBox(el);
    if (!box) return err({ reason: "bad_geometry", message: `its ALTO String ${el.attrs.ID ?? ""} has no usable HPOS/VPOS/WIDTH/HEIGHT`.replace("  ", " ") });
    const word: LayerWord = { text: el.attrs.CONTENT ?? "", box, id: el.attrs.ID };
    const wc = el.attrs.WC;
    if (wc !== undefined && Number.isFinite(Number(wc))) word.confidence = unitConfidence(Number(wc));
    const cc = el.attrs.CC;
    if (cc) {
      const digits = cc.includes(" ") ? cc.trim().split(/\s+/) : [...cc.trim()];
      const values = digits.map(Number);
      if (values.every((v) => v >= 0 && v <= 9)) word.charConfidences = values.map((v) => 1 - v / 9);
    }
    const subsType = el.attrs.SUBS_TYPE;
    if (subsType === "HypPart1" || subsType === "HypPart2") {
      word.hyphenation = { part: subsType === "HypPart1" ? 1 : 2, full: el.attrs.SUBS_CONTENT };
    }
    words.push(word);
  }
  return ok(words);
}

export function unitConfidence(value: number): Confidence {
  return { value: Math.min(1, Math.max(0, value)), original: value, scale: "unit" };
}

function readBox(el: XmlElement): Box | undefined {
  const box = [el.attrs.HPOS, el.attrs.VPOS, el.attrs.WIDTH, el.attrs.HEIGHT].map((v) => (v === undefined ? NaN : Number(v)));
  return box.every((n) => Number.isFinite(n)) && box[2]! >= 0 && box[3]! >= 0 ? (box as unknown as Box) : undefined;
}

/** The last path segment of a name a layer gives for its image (never used as a path). */
export function bareName(name: string | undefined): string | undefined {
  const bare = name?.trim().split(/[\\/]/).pop();
  return bare || undefined;
}
