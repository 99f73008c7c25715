import { err, ok, type Result } from "../result";
import { boxFromPoints, unionBox } from "./geometry";
import { bareName, unitConfidence } from "./read-alto";
import type { Box, LayerLine, LayerProblem, LayerWord, PageLayer } from "./types";
import { childrenNamed, descendants, firstDescendant, type XmlElement } from "./xml-tree";

const PAGE_NS = /primaresearch\.org\/PAGE\/gts\/pagecontent\/(\d{4})-\d{2}-\d{2}/;
/** Hyphen marks PAGE producers put at the end of a line's last word (OCR-D uses "¬"). */
const LINE_END_HYPHEN = /[-¬\u00ad\u2010]$/;

/**
 * Reads PAGE XML 2013 or 2019 with one Page. Text regions follow the ReadingOrder when there is
 * one, else document order. Words come from Word elements (their TextEquiv, conf 0–1); a line
 * without Word elements becomes one word per whitespace-separated token of its TextEquiv, all
 * sharing the line's box. A line's last word ending in a hyphen mark is hyphenation part 1.
 */
export function readPageXml(root: XmlElement): Result<PageLayer, LayerProblem> {
  const year = PAGE_NS.exec(root.ns)?.[1] ?? "2019";
  const pages = childrenNamed(root, "Page");
  if (pages.length !== 1) {
    return err(pages.length === 0
      ? { reason: "no_page", message: "its PAGE XML has no Page element" }
      : { reason: "multiple_pages", message: `its PAGE XML has ${pages.length} Page elements; give one file per page` });
  }
  const page = pages[0]!;
  const width = Number(page.attrs.imageWidth), height = Number(page.attrs.imageHeight);
  if (!(width > 0 && height > 0)) return err({ reason: "bad_geometry", message: "its PAGE Page has no imageWidth and imageHeight" });
  const lines: LayerLine[] = [];
  for (const region of orderedRegions(page)) {
    for (const line of [...descendants(region)].filter((e) => e.name === "TextLine")) {
      const read = readLine(line, region.attrs.id);
      if (!read.ok) return read;
      if (read.value) lines.push(read.value);
    }
  }
  return ok({ source: "page", format: `page-${year}`, width, height, imageName: bareName(page.attrs.imageFilename), lines });
}

function readLine(line: XmlElement, block: string | undefined): Result<LayerLine | null, LayerProblem> {
  const lineBox = coords(line);
  const words: LayerWord[] = [];
  for (const w of childrenNamed(line, "Word")) {
    const box = coords(w);
    if (!box) return err({ reason: "bad_geometry", message: `its Word ${w.attrs.id ?? ""} has no usable Coords` });
    const equiv = bestEquiv(w);
    const text = equiv ? unicodeOf(equiv).trim() : "";
    if (!text) continue;
    const word: LayerWord = { text, box, id: w.attrs.id };
    const conf = Number(equiv?.attrs.conf);
    if (equiv?.attrs.conf !== undefined && Number.isFinite(conf)) word.confidence = unitConfidence(conf);
    const glyphConfs = [...descendants(w)].filter((g) => g.name === "Glyph").map((g) => Number(bestEquiv(g)?.attrs.conf));
    if (glyphConfs.length > 0 && glyphConfs.every(Number.isFinite)) word.charConfidences = glyphConfs;
    words.push(word);
  }
  if (words.length === 0) {
    const equiv = bestEquiv(line);
    const text = equiv ? unicodeOf(equiv).trim() : "";
    if (!text || !lineBox) return ok(null);
    for (const token of text.split(/\s+/)) words.push({ text: token, box: lineBox });
  }
  const last = words[words.length - 1]!;
  if (LINE_END_HYPHEN.test(last.text)) last.hyphenation = { part: 1, mark: last.text.slice(-1) };
  const box = lineBox ?? unionBox(words.map((w) => w.box));
  return box ? ok({ box, id: line.attrs.id, words, block }) : ok(null);
}

function coords(el: XmlElement): Box | undefined {
  const c = childrenNamed(el, "Coords")[0];
  if (!c) return undefined;
  if (c.attrs.points !== undefined) return boxFromPoints(c.attrs.points);
  // PAGE 2010–2013 could give Point children instead of a points attribute.
  const pts = childrenNamed(c, "Point").map((p) => `${p.attrs.x},${p.attrs.y}`).join(" ");
  return pts ? boxFromPoints(pts) : undefined;
}

/** The TextEquiv with index 1 (or the first one): PAGE allows alternatives. */
function bestEquiv(el: XmlElement): XmlElement | undefined {
  const all = childrenNamed(el, "TextEquiv");
  return all.find((e) => e.attrs.index === "1") ?? all[0];
}

function unicodeOf(equiv: XmlElement): string {
  return firstDescendant(equiv, "Unicode")?.text ?? "";
}

/** Text regions in the ReadingOrder's sequence; regions it leaves out follow in document order. */
function orderedRegions(page: XmlElement): XmlElement[] {
  const regions = [...descendants(page)].filter((e) => e.name === "TextRegion" && ![...descendants(e)].some((d) => d.name === "TextRegion"));
  const order = firstDescendant(page, "ReadingOrder");
  if (!order) return regions;
  const refs = [...descendants(order)]
    .filter((e) => e.name === "RegionRefIndexed" || e.name === "RegionRef")
    .map((e, i) => ({ id: e.attrs.regionRef, index: e.attrs.index !== undefined ? Number(e.attrs.index) : i }));
  refs.sort((a, b) => a.index - b.index);
  const rank = new Map<string, number>();
  refs.forEach((r, i) => r.id && !rank.has(r.id) && rank.set(r.id, i));
  const ranked = regions.filter((r) => rank.has(r.attrs.id ?? ""));
  ranked.sort((a, b) => rank.get(a.attrs.id!)! - rank.get(b.attrs.id!)!);
  return [...ranked, ...regions.filter((r) => !rank.has(r.attrs.id ?? ""))];
}
