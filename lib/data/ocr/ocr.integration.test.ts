import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { importFiles } = await import("../imports/import-documents");
const { getOcrJob } = await import("./get-ocr-job");
const { cancelOcrJob } = await import("./cancel-ocr-job");
const { workJobs } = await import("../jobs/work-jobs");
const { sendJob, stopJobQueue } = await import("../../server/jobs/jobs");
const { getImageStore } = await import("../../server/storage/image-store");
const { listPages } = await import("../pages/list-pages");
const { getPageWords } = await import("../pages/get-page-words");
const { getSuggestions } = await import("../suggestions/get-suggestions");

// Three typed lines ("MEMORANDUM FOR THE RECORD" / "Comrade Generalov arrived at Nishikura" / "on 21 October 1947."), 900 × 220.
const MEMO = new Uint8Array(readFileSync(new URL("../../../test/fixtures/ocr/typed-memo.png", import.meta.url)));
let adminId: string;

beforeAll(async () => {
  adminId = (await testUser("olga", "admin")).id;
  await workJobs(); // what instrumentation.ts does when the server starts
});
afterAll(stopJobQueue);

async function finished(id: string) {
  for (let i = 0; i < 300; i++) {
    const job = await getOcrJob({ id });
    if (job.status !== "queued" && job.status !== "running") return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`OCR job ${id} did not finish`);
}

describe("OCR of images without a layer", () => {
  it("reads the image in the background and makes the document, with tesseract's boxes and confidences", async () => {
    const result = await importFiles([{ name: "typed-memo.png", bytes: MEMO }], { authorId: adminId });
    expect(result.items).toEqual([]);
    expect(result.jobs).toEqual([expect.objectContaining({ status: "queued", language: "eng", title: "typed-memo", pages: [expect.objectContaining({ imageName: "typed-memo.png", status: "queued", progress: 0 })] })]);
    const job = await finished(result.jobs[0]!.id);
    expect(job).toMatchObject({ status: "done", pages: [expect.objectContaining({ status: "done", progress: 1 })] });
    const doc = await getDb().document.findUniqueOrThrow({ where: { id: job.documentId! }, select: { rawText: true, metadata: true } });
    expect(doc.metadata).toMatchObject({ import: { ocrLanguage: "eng", fileName: "typed-memo.png" } });
    expect(doc.rawText).toMatch(/^MEMORANDUM FOR THE RECORD\nComrade Generalov arrived at Nishikura\non 21 October 1947\.$/);
    const [page] = await listPages({ documentId: job.documentId! });
    expect(page).toMatchObject({ width: 900, height: 220, ocr: { source: "tesseract", status: "done" } });
    const words = await getPageWords({ documentId: job.documentId!, pageId: page!.id });
    const generalov = words.words.find((w) => w.text === "Generalov")!;
    expect(generalov.confidence).toMatchObject({ scale: "percent" });
    // The word sits on the second line, a third of the way across.
    expect(generalov.box[0]).toBeGreaterThan(150);
    expect(generalov.box[1]).toBeGreaterThan(80);
    expect(generalov.box[1]).toBeLessThan(110);
    // Only the words a suggestion flags or the OCR doubted are read again (lib/server/ocr/reread-layer.test.ts):
    // none on this clean memo, so the job spent no time on it.
    const stored = await getDb().page.findUniqueOrThrow({ where: { id: page!.id }, select: { layer: true } });
    expect((stored.layer as { lines: { words: { reread?: string }[] }[] }).lines.flatMap((l) => l.words).filter((w) => w.reread !== undefined)).toEqual([]);
    expect((await getSuggestions({ documentId: job.documentId! })).items).toEqual([]);
  }, 60_000);

  it("carries on after a restart: pages already read are kept, the rest are read", async () => {
    // As a server stopped mid-job leaves it: running, page 1 read, page 2 not, and its run to be
    // taken up again (lib/server/jobs/jobs.integration.test.ts shows a lost run is).
    const key = await getImageStore().put(MEMO);
    const page = { imageKey: key, imagePage: 0, imageType: "image/png", imageName: "p.png", width: 900, height: 220 };
    const earlier = { source: "tesseract", format: "tesseract.js", width: 900, height: 220, lines: [{ box: [10, 10, 200, 30], words: [{ text: "Read-before-the-restart", box: [10, 10, 200, 30] }] }] };
    const { id } = await getDb().ocrJob.create({
      data: { title: "restarted", language: "eng", status: "running", authorId: adminId, pages: [{ ...page, status: "done", progress: 1, layer: earlier }, { ...page, status: "running", progress: 0.4 }] },
    });
    await sendJob("ocr", { ocrJobId: id });
    const job = await finished(id);
    expect(job.status).toBe("done");
    const doc = await getDb().document.findUniqueOrThrow({ where: { id: job.documentId! }, select: { rawText: true } });
    expect(doc.rawText.split("\f")).toEqual(["Read-before-the-restart", expect.stringContaining("Comrade Generalov")]);
  }, 60_000);

  it("lets an admin cancel a job: nothing is made, and a finished job cannot be cancelled", async () => {
    const before = await getDb().document.count();
    const result = await importFiles([{ name: "cancel-me.png", bytes: MEMO }], { authorId: adminId, title: "cancel me", collectionId: null });
    const cancelled = await cancelOcrJob({ id: result.jobs[0]!.id, actorId: adminId });
    expect(cancelled.status).toBe("cancelled");
    expect((await finished(cancelled.id)).status).toBe("cancelled");
    // Let the queue reach the job and pass it by.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await getOcrJob({ id: cancelled.id })).documentId).toBeNull();
    expect(await getDb().document.count()).toBe(before);
    await expect(cancelOcrJob({ id: cancelled.id, actorId: adminId })).rejects.toMatchObject({ status: 409 });
  }, 60_000);

  it("refuses a language with no OCR data, naming it, and stores nothing", async () => {
    const jobs = await getDb().ocrJob.count();
    const result = await importFiles([{ name: "russian.png", bytes: MEMO }], { authorId: adminId, language: "rus" });
    expect(result.errors).toEqual([expect.objectContaining({ file: "russian.png", code: "needs_ocr", message: expect.stringContaining("Russian (rus)") })]);
    expect(await getDb().ocrJob.count()).toBe(jobs);
  });
});

describe("reading an imported layer's doubtful words again", () => {
  it("reads them from the page image after the import, in a job, and keeps the second readings as evidence", async () => {
    const { hocrFor, TYPED_MEMO_LINES } = await import("../../../test/page-images");
    // Someone else's OCR, which misread "arrived" and doubted it.
    const lines = TYPED_MEMO_LINES.slice(0, 2).map((line) => line.map((w) => (w.text === "arrived" ? { ...w, text: "arnved", wc: 0.4 } : w)));
    const { items } = await importFiles([{ name: "imported.png", bytes: MEMO }, { name: "imported.hocr", bytes: hocrFor("imported.png", 900, 220, lines) }], { authorId: adminId, title: "imported with its hOCR" });
    const documentId = items[0]!.id;
    const layerOf = async () => (await getDb().page.findFirstOrThrow({ where: { documentId }, select: { layer: true } })).layer as { reread?: true; lines: { words: { text: string; reread?: string }[] }[] };
    const layer = await (async () => {
      for (let i = 0; i < 300; i++) {
        const l = await layerOf();
        if (l.reread) return l;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("The page was not read again");
    })();
    // The layer's doubtful words, read again from the image, are what the page shows.
    const words = layer.lines.flatMap((l) => l.words);
    expect(words.find((w) => w.text === "Genserslov")?.reread).toBe("Generalov");
    expect(words.find((w) => w.text === "arnved")?.reread).toBe("arrived");
    // A second reading that makes a known word is offered, with where it came from.
    const suggestion = (await getSuggestions({ documentId })).items.find((s) => s.text === "arnved");
    expect(suggestion?.candidates[0]).toMatchObject({ text: "arrived", evidence: "read again from the image" });
  }, 60_000);
});

describe("reading a region again", () => {
  it("reads the words in a box of the page image, and stores nothing", async () => {
    const { hocrFor, TYPED_MEMO_LINES } = await import("../../../test/page-images");
    const { rereadRegion } = await import("../pages/reread-region");
    const { items } = await importFiles([{ name: "region.png", bytes: MEMO }, { name: "region.hocr", bytes: hocrFor("region.png", 900, 220, TYPED_MEMO_LINES) }], { authorId: adminId });
    const documentId = items[0]!.id;
    const [page] = await listPages({ documentId });
    const revisions = await getDb().revision.count({ where: { documentId } });
    // The box around "Genserslov" (176,92 159×23), with a margin.
    const reading = await rereadRegion({ documentId, pageId: page!.id, region: [168, 84, 175, 40] });
    expect(reading.text).toBe("Generalov");
    // Two lines: the reading keeps them apart.
    expect((await rereadRegion({ documentId, pageId: page!.id, region: [20, 80, 330, 100] })).text).toMatch(/^Comrade Generalov\non 21 October/);
    await expect(rereadRegion({ documentId, pageId: page!.id, region: [2000, 2000, 50, 50] })).rejects.toMatchObject({ status: 422 });
    expect(await getDb().revision.count({ where: { documentId } })).toBe(revisions);
  }, 60_000);
});
