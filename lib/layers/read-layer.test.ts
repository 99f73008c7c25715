import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitLayer } from "./fit-layer";
import { placeWords } from "./place-words";
import { readLayer } from "./read-layer";
import { parseXmlTree, XML_LIMITS } from "./xml-tree";
import type { PageLayer } from "./types";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function read(source: string): PageLayer {
  const result = readLayer(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const texts = (layer: PageLayer) => layer.lines.map((l) => l.words.map((w) => w.text));

describe("ALTO", () => {
  it("reads v2 words, boxes, WC and unspaced CC, with hyphenation kept in the text", () => {
    const layer = read(fixture("alto-v2.xml"));
    expect(layer).toMatchObject({ source: "alto", format: "alto-v2", width: 600, height: 400, imageName: "memo-p1.tif" });
    expect(texts(layer)).toEqual([["Genserslov", "presi-"], ["dents", "met."]]);
    const [gen, presi] = layer.lines[0]!.words;
    expect(gen!.box).toEqual([10, 10, 120, 30]);
    expect(gen!.confidence).toEqual({ value: 0.41, original: 0.41, scale: "unit" });
    // CC is 0–9 with 0 sure: "5" is 1 − 5/9, "0" is 1.
    expect(gen!.charConfidences![0]).toBeCloseTo(4 / 9);
    expect(gen!.charConfidences![9]).toBe(1);
    expect(presi!.hyphenation).toEqual({ part: 1, full: "presidents", mark: "-" });
    expect(layer.lines[1]!.words[0]!.hyphenation).toEqual({ part: 2, full: "presidents" });
    expect(layer.lines[1]!.words[1]!.confidence).toBeUndefined();
  });

  it("reads v4 with spaced CC and keeps blocks in order", () => {
    const layer = read(fixture("alto-v4.xml"));
    expect(layer.format).toBe("alto-v4");
    expect(layer.lines.map((l) => l.block)).toEqual(["B1", "B2"]);
    expect(layer.lines[0]!.words[0]!.charConfidences).toEqual([1, 1, 1, 1, 1, 0]);
    expect(placeWords(layer).text).toBe("SECRET\n\nKuzma N.");
  });

  it("reads v3 as Tesseract writes it (ComposedBlock, SP between words)", () => {
    const layer = read(fixture("alto-v3.xml"));
    expect(layer).toMatchObject({ format: "alto-v3", width: 800, height: 600, imageName: "report.png" });
    expect(texts(layer)).toEqual([["MEMORANDUM", "FOR", "BECORD"], ["FL-47-0314"]]);
    expect(layer.lines[0]!.words[2]!.confidence!.value).toBe(0.49);
    expect(placeWords(layer).text).toBe("MEMORANDUM FOR BECORD\nFL-47-0314");
  });
});

describe("hOCR", () => {
  it("reads words, x_wconf 0–100 and x_confs, decoding entities as text", () => {
    const layer = read(fixture("tesseract.hocr"));
    expect(layer).toMatchObject({ source: "hocr", width: 500, height: 300, imageName: "memo.png" });
    expect(texts(layer)).toEqual([["Il'inh", "R&D"], ["<b>"]]);
    const [il, rd] = layer.lines[0]!.words;
    expect(il!.box).toEqual([10, 10, 90, 30]);
    expect(il!.confidence).toEqual({ value: 0.96, original: 96, scale: "percent" });
    expect(rd!.charConfidences).toEqual([0.1, 0.9, 1]);
    expect(layer.lines[0]!.box).toEqual([10, 10, 390, 30]);
  });
});

describe("PAGE XML", () => {
  it("reads 2019: reading order, the preferred TextEquiv, glyph confidences, a line-end ¬", () => {
    const layer = read(fixture("page-2019.xml"));
    expect(layer).toMatchObject({ source: "page", format: "page-2019", width: 400, height: 300, imageName: "memo-p2.png" });
    expect(texts(layer)).toEqual([["To", "Colo¬"], ["Generalov"]]);
    const [to, colo] = layer.lines[0]!.words;
    expect(to!.charConfidences).toEqual([0.9, 0.3]);
    expect(to!.confidence!.value).toBe(0.6);
    expect(colo!.hyphenation).toEqual({ part: 1, mark: "¬" });
    expect(layer.lines[1]!.words[0]!.box).toEqual([10, 100, 80, 40]);
  });

  it("reads 2013 lines without Word elements as tokens sharing the line box", () => {
    const layer = read(fixture("page-2013.xml"));
    expect(layer.format).toBe("page-2013");
    expect(texts(layer)).toEqual([["FROM:", "Agnes", "Fell"]]);
    expect(layer.lines[0]!.words.every((w) => w.box.join() === "5,5,145,30")).toBe(true);
  });
});

describe("placeWords", () => {
  it("anchors every word to its text in the page text, shifted by the page's offset", () => {
    const layer = read(fixture("alto-v2.xml"));
    const { text, lines } = placeWords(layer, 100);
    expect(text).toBe("Genserslov presi-\ndents met.");
    for (const w of lines.flatMap((l) => l.words)) expect(text.slice(w.start - 100, w.end - 100)).toBe(w.text);
    expect(lines.map((l) => [l.start, l.end])).toEqual([[100, 117], [118, 128]]);
  });
});

describe("unsafe or wrong XML is refused", () => {
  const refuse = (source: string) => {
    const result = readLayer(source);
    expect(result.ok).toBe(false);
    return result.ok ? null : result.error;
  };

  it("refuses XXE pointing at /etc/passwd without reading it", () => {
    const error = refuse(`<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1" HEIGHT="1"><TextBlock><TextLine HPOS="0" VPOS="0" WIDTH="1" HEIGHT="1"><String HPOS="0" VPOS="0" WIDTH="1" HEIGHT="1" CONTENT="&xxe;"/></TextLine></TextBlock></Page></Layout></alto>`);
    expect(error).toMatchObject({ reason: "xml_doctype" });
    expect(error!.message).toMatch(/entities/);
    expect(error!.message).not.toMatch(/root:/);
  });

  it("refuses the billion-laughs bomb at once", () => {
    const lol = ["<!ENTITY lol0 \"lol\">", ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join("");
    const started = performance.now();
    expect(refuse(`<?xml version="1.0"?><!DOCTYPE lolz [${lol}]><alto>&lol9;</alto>`)).toMatchObject({ reason: "xml_doctype" });
    expect(performance.now() - started).toBeLessThan(1000); // a bomb expanded would take minutes and gigabytes
  });

  it("refuses an external DTD, which is never fetched", () => {
    expect(refuse(`<?xml version="1.0"?><!DOCTYPE alto SYSTEM "http://attacker.example/alto.dtd"><alto>&ext;</alto>`)).toMatchObject({ reason: "xml_doctype" });
    expect(refuse(`<!DOCTYPE html SYSTEM "file:///etc/passwd"><html/>`)).toMatchObject({ reason: "xml_doctype" });
  });

  describe("limits (XML_LIMITS), each pinned at its edge", () => {
    const hocrPage = (body: string) => `<html xmlns="http://www.w3.org/1999/xhtml"><body><div class="ocr_page" title="bbox 0 0 100 100">${body}</div></body></html>`;
    const word = (n: number) => `<span class="ocrx_word" title="bbox 1 1 5 5">w${n}</span>`;
    /** Lines nested `n` deep, each with a word of its own, as a hostile file would nest them. */
    const nestedLines = (n: number) => `${'<span class="ocr_line" title="bbox 0 0 50 10">'.repeat(n)}${word(0)}${"</span>".repeat(n)}`;

    it("depth: 256 elements open at once are read, 257 are refused naming the limit", () => {
      // html, body and the page div are three levels; the root's own pseudo-level is not counted.
      const atLimit = parseXmlTree(`${"<a>".repeat(XML_LIMITS.maxDepth)}${"</a>".repeat(XML_LIMITS.maxDepth)}`);
      expect(atLimit.ok).toBe(true);
      const over = parseXmlTree(`${"<a>".repeat(XML_LIMITS.maxDepth + 1)}${"</a>".repeat(XML_LIMITS.maxDepth + 1)}`);
      expect(over).toMatchObject({ ok: false, error: { reason: "xml_limit", message: expect.stringContaining("256 deep") } });
    });

    it("lines nested 250 deep are read, each with its own words, and 5,000 deep answer at once with the limit", () => {
      const layer = read(hocrPage(nestedLines(250)));
      expect(layer.lines).toHaveLength(250);
      // The word belongs to the innermost line only, not to every line around it.
      expect(layer.lines.flatMap((l) => l.words)).toHaveLength(1);
      expect(refuse(hocrPage(nestedLines(5_000)))).toMatchObject({ reason: "xml_limit" });
      expect(refuse(hocrPage(`${"<span>".repeat(100_000)}${"</span>".repeat(100_000)}`))).toMatchObject({ reason: "xml_limit" });
    });

    it("elements: 500,000 are read, 500,001 are refused", () => {
      const many = (n: number) => `<r>${"<a/>".repeat(n - 1)}</r>`;
      expect(parseXmlTree(many(XML_LIMITS.maxElements)).ok).toBe(true);
      expect(parseXmlTree(many(XML_LIMITS.maxElements + 1))).toMatchObject({ ok: false, error: { reason: "xml_limit", message: expect.stringContaining("500,000 elements") } });
    });

    it("attributes: 65,536 characters are read, one more is refused naming the attribute", () => {
      const title = (n: number) => hocrPage(`<span class="ocr_line" title="bbox 0 0 50 10; x_note ${"x".repeat(n - "bbox 0 0 50 10; x_note ".length)}">${word(1)}</span>`);
      expect(readLayer(title(XML_LIMITS.maxAttributeLength)).ok).toBe(true);
      expect(refuse(title(XML_LIMITS.maxAttributeLength + 1))).toMatchObject({ reason: "xml_limit", message: expect.stringMatching(/attribute title on <span> is longer than 65,536/) });
    });
  });

  it("refuses malformed XML, an unknown root and a layer with no page", () => {
    expect(refuse("<alto><Layout>")).toMatchObject({ reason: "xml_malformed" });
    expect(refuse("<svg xmlns='http://www.w3.org/2000/svg'/>")).toMatchObject({ reason: "unknown_layer" });
    expect(refuse("<alto xmlns='http://www.loc.gov/standards/alto/ns-v4#'><Layout/></alto>")).toMatchObject({ reason: "no_page" });
    expect(refuse("<html><body><p>hello</p></body></html>")).toMatchObject({ reason: "no_page" });
  });
});

describe("fitLayer", () => {
  const layer = read(fixture("alto-v4.xml")); // 300 × 200

  it("keeps a layer that fits as it is", () => {
    const fitted = fitLayer(layer, 300, 200);
    expect(fitted.ok && fitted.value.warnings).toEqual([]);
  });

  it("scales a layer measured at another resolution, and clamps boxes past the edge with a warning", () => {
    const fitted = fitLayer(layer, 600, 400);
    if (!fitted.ok) throw new Error(fitted.error.message);
    expect(fitted.value.layer.lines[1]!.words[0]!.box).toEqual([10, 100, 100, 60]);
    expect(fitted.value.warnings[0]).toMatch(/scaled/);
    const wide = { ...layer, lines: [{ ...layer.lines[0]!, words: [{ ...layer.lines[0]!.words[0]!, box: [280, 5, 40, 30] as const }, ...Array.from({ length: 30 }, () => layer.lines[1]!.words[0]!)] }] };
    const clamped = fitLayer(wide, 300, 200);
    if (!clamped.ok) throw new Error(clamped.error.message);
    expect(clamped.value.layer.lines[0]!.words[0]!.box).toEqual([280, 5, 20, 30]);
    expect(clamped.value.warnings.join()).toMatch(/1 box reaching past/);
  });

  it("refuses a layer for a page of another shape, or with its words outside the image", () => {
    expect(fitLayer(layer, 200, 300)).toMatchObject({ ok: false, error: { reason: "bad_geometry" } });
    const astray = { ...layer, lines: layer.lines.map((l) => ({ ...l, words: l.words.map((w) => ({ ...w, box: [900, 900, 10, 10] as const })) })) };
    expect(fitLayer(astray, 300, 200)).toMatchObject({ ok: false, error: { message: expect.stringContaining("outside") } });
  });
});
