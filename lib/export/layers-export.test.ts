import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { validateTei } from "../../test/tei";
import type { PageLayer } from "../layers/types";
import { pagedDocument, readLayerOrThrow } from "../../test/export-fixtures";
import { writeExport } from "./formats";

const fixture = (name: string) => readFileSync(new URL(`../layers/fixtures/${name}`, import.meta.url), "utf8");
const read = (source: string | Uint8Array): PageLayer => readLayerOrThrow(typeof source === "string" ? source : strFromU8(source));

/** What a round trip must keep: every word's text and box in reading order, and its confidence. */
const wordsOf = (layer: PageLayer) => layer.lines.flatMap((l) => l.words.map((w) => ({ text: w.text, box: w.box, confidence: w.confidence?.value })));
/** Character confidences, rounded to ALTO's ten steps. */
const ccOf = (layer: PageLayer) => layer.lines.flatMap((l) => l.words.map((w) => w.charConfidences?.map((c) => Math.round((1 - c) * 9)) ?? null));

describe("ALTO 4 export", () => {
  it.each(["alto-v2.xml", "alto-v3.xml", "alto-v4.xml"])("gives back the same words, reading order, coordinates and confidences for %s without edits", (name) => {
    const original = read(fixture(name));
    const exported = read(writeExport(pagedDocument([original]), "alto"));
    expect(exported.format).toBe("alto-v4");
    expect(wordsOf(exported)).toEqual(wordsOf(original));
    expect(ccOf(exported)).toEqual(ccOf(original));
    expect(exported.lines.map((l) => l.box)).toEqual(original.lines.map((l) => l.box));
    // Hyphenation goes back as it came: SUBS_CONTENT and the HYP mark.
    expect(exported.lines.flatMap((l) => l.words.map((w) => w.hyphenation ?? null))).toEqual(original.lines.flatMap((l) => l.words.map((w) => w.hyphenation ?? null)));
  });

  it("places a corrected text: a changed word keeps the box it replaced, an inserted word gets its line's box, a deleted word goes", () => {
    const original = read(fixture("alto-v4.xml"));
    const alto = writeExport(pagedDocument([original], (raw) => raw.replace("Kuzma N.", "Kuzma N. [Nikolayevich]").replace("SECRET", "TOP SECRET")), "alto");
    const words = read(alto).lines.flatMap((l) => l.words);
    expect(words.map((w) => w.text)).toEqual(["TOP", "SECRET", "Kuzma", "N.", "[Nikolayevich]"]);
    expect(words[0]!.box).toEqual(original.lines[0]!.box); // inserted: the line's box
    expect(words[1]!.box).toEqual(original.lines[0]!.words[0]!.box);
    expect(words[4]!.box).toEqual(original.lines[1]!.box);
    // Only words left as the OCR read them keep a confidence.
    expect(words[4]!.confidence).toBeUndefined();
    expect(words[2]!.confidence!.value).toBe(0.75);
    expect(alto).not.toMatch(/CONTENT="\[Nikolayevich\]"[^/]*WC=/);
  });

  it("writes one Page per page image", () => {
    const alto = writeExport(pagedDocument([read(fixture("alto-v4.xml")), read(fixture("alto-v3.xml"))]), "alto");
    expect(alto.match(/<Page /g)).toHaveLength(2);
    expect(alto).toContain('PHYSICAL_IMG_NR="2" WIDTH="800" HEIGHT="600"');
  });
});

describe("PAGE XML 2019 and hOCR exports", () => {
  it("PAGE: the same words, boxes and confidences, in a reading order", () => {
    const original = read(fixture("alto-v3.xml"));
    const page = writeExport(pagedDocument([original]), "page");
    expect(typeof page).toBe("string");
    const back = read(page);
    expect(back).toMatchObject({ source: "page", format: "page-2019", width: 800, height: 600, imageName: "report.png" });
    expect(wordsOf(back)).toEqual(wordsOf(original));
  });

  it("PAGE of several pages is a zip of one file per page", () => {
    const zip = writeExport(pagedDocument([read(fixture("alto-v4.xml")), read(fixture("alto-v3.xml"))]), "page");
    expect(zip).toBeInstanceOf(Uint8Array);
    const files = unzipSync(zip as Uint8Array);
    expect(Object.keys(files)).toEqual(["0001.xml", "0002.xml"]);
    expect(read(files["0002.xml"]!).lines[0]!.words[0]!.text).toBe("MEMORANDUM");
  });

  it("hOCR: the same words and boxes, confidences in x_wconf", () => {
    const original = read(fixture("tesseract.hocr"));
    const back = read(writeExport(pagedDocument([original]), "hocr"));
    expect(back.source).toBe("hocr");
    expect(wordsOf(back)).toEqual(wordsOf(original));
  });
});

describe("line images for training", () => {
  it("zips each line's PNG with its accepted text in .gt.txt", () => {
    const original = read(fixture("alto-v2.xml"));
    const doc = pagedDocument([original], (raw) => raw.replace("Genserslov", "Generalov"));
    const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]);
    const files = unzipSync(writeExport({ ...doc, lineImages: [[png(1), png(2)]] }, "lines") as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(["p0001_l0001.gt.txt", "p0001_l0001.png", "p0001_l0002.gt.txt", "p0001_l0002.png"]);
    expect(strFromU8(files["p0001_l0001.gt.txt"]!)).toBe("Generalov presi-\n");
    expect(files["p0001_l0002.png"]).toEqual(png(2));
  });
});

describe("TEI with a facsimile", () => {
  it("has one surface per page and a zone per line, linked from pb and lb by @facs, and stays valid against tei_all", () => {
    const doc = pagedDocument([read(fixture("alto-v2.xml")), read(fixture("alto-v4.xml"))], (raw) => raw.replace("Genserslov", "Generalov"));
    const tei = writeExport(doc, "tei");
    expect(tei).toContain('<surface xml:id="surface-1" ulx="0" uly="0" lrx="600" lry="400">');
    expect(tei).toContain('<graphic url="http://localhost:3000/iiif/page0/full/max/0/default.jpg" width="600px" height="400px"/>');
    expect(tei).toContain('<zone xml:id="zone-1-2" ulx="10" uly="50" lrx="310" lry="80"/>');
    expect(tei).toMatch(/<pb n="1" facs="#surface-1"\/><lb facs="#zone-1-1"\/>/);
    expect(tei).toContain('<lb facs="#zone-1-2"/>');
    expect(tei).toMatch(/<pb n="2" facs="#surface-2"\/><lb facs="#zone-2-1"\/>/);
    expect(validateTei([tei])).toBe("");
  });
});

describe("IIIF Presentation 3 manifest", () => {
  it("has a canvas per page painted by its image service, and each line's accepted text on its box", async () => {
    const { toIiifManifest } = await import("./iiif-manifest");
    const doc = pagedDocument([read(fixture("alto-v2.xml")), read(fixture("alto-v4.xml"))], (raw) => raw.replace("Genserslov", "Generalov"));
    const manifest = toIiifManifest(doc, "http://localhost:3000/iiif/documents/doc1/manifest.json");
    expect(manifest).toMatchObject({ "@context": "http://iiif.io/api/presentation/3/context.json", type: "Manifest", label: { none: [doc.title] } });
    expect(manifest.items).toHaveLength(2);
    const [first] = manifest.items;
    expect(first).toMatchObject({ id: "http://localhost:3000/iiif/documents/doc1/canvas/1", type: "Canvas", width: 600, height: 400 });
    expect(first!.items[0]!.items[0]!.body.service).toEqual([{ id: "http://localhost:3000/iiif/page0", type: "ImageService3", profile: "level1" }]);
    expect(first!.annotations![0]!.items[0]).toMatchObject({ motivation: "supplementing", body: { value: "Generalov presi-" }, target: "http://localhost:3000/iiif/documents/doc1/canvas/1#xywh=10,10,500,30" });
  });
});
