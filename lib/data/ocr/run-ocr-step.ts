import "server-only";
import { getDb } from "../../server/db";
import { AppError, isAppError } from "../../errors";
import type { Prisma } from "../../server/generated/prisma/client";
import { withWarmEngine } from "../../server/ocr/warm-engine";
import { openWordReader } from "../../server/ocr/read-words";
import { rereadLayer } from "../../server/ocr/reread-layer";
import { createPagedDocument } from "../pages/create-paged-document";
import { pageAsPng } from "../pages/page-png";
import { parseOcrJobPages, type OcrJobPage } from "./ocr-job-shape";

/** How often a page's progress is written while tesseract reads it. */
const PROGRESS_EVERY_MS = 500;

/**
 * One run of an OCR job (the job engine's "ocr" kind): reads its next unread page and stores the
 * page's layer, or, when every page is read, makes the document. Answers whether work is left,
 * so that the job sends its next run. A run finds what is left in the data, so one taken up
 * again after a crash, or run twice, reads no page twice into the document. A failure of the
 * pages themselves (no text anywhere, an image gone) ends the job as failed, with the reason.
 */
export async function runOcrStep({ ocrJobId }: { ocrJobId: string }): Promise<"more" | "done"> {
  const db = getDb();
  const job = await db.ocrJob.findUnique({ where: { id: ocrJobId } });
  if (!job || (job.status !== "queued" && job.status !== "running")) return "done";
  const pages = parseOcrJobPages(job.pages);
  const alive = { where: { id: ocrJobId, status: { in: ["queued", "running"] } } };
  try {
    const index = pages.findIndex((p) => p.status !== "done");
    if (index < 0) {
      const documentId = await makeDocument(job, pages);
      await db.ocrJob.updateMany({ ...alive, data: { status: "done", documentId, finishedAt: new Date() } });
      return "done";
    }
    const page = pages[index]!;
    pages[index] = { ...page, status: "running", progress: 0 };
    const started = await db.ocrJob.updateMany({ ...alive, data: { status: "running", startedAt: job.startedAt ?? new Date(), pages: json(pages) } });
    if (started.count === 0) return "done";
    const png = await pageAsPng(page);
    let lastProgress = Date.now();
    // A warm engine: each page is a run of its own, and starting an engine costs about a second.
    const layer = await withWarmEngine(job.language, (engine) => engine.read(png, {
      onProgress: (share) => {
        if (Date.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = Date.now();
        pages[index] = { ...pages[index]!, progress: share };
        // Progress only: never revives a job cancelled meanwhile.
        void db.ocrJob.updateMany({ where: { id: ocrJobId, status: "running" }, data: { pages: json(pages) } }).catch(() => undefined);
      },
    }));
    // The doubtful words read again, one by one, as evidence for the suggestions.
    const reader = await openWordReader(job.language);
    const reread = await rereadLayer(layer, png, reader, job.language).finally(() => reader.close());
    pages[index] = { ...page, status: "done", progress: 1, layer: { ...reread, imageName: page.imageName }, layerFile: page.imageName };
    const saved = await db.ocrJob.updateMany({ where: { id: ocrJobId, status: "running" }, data: { pages: json(pages) } });
    return saved.count ? "more" : "done";
  } catch (e) {
    if (!isAppError(e)) throw e; // the engine retries what may pass another time
    await db.ocrJob.updateMany({ ...alive, data: { status: "failed", error: e.message, finishedAt: new Date() } });
    return "done";
  }
}

/** Marks a job failed for good, once the engine has given up retrying it. */
export async function failOcrJob({ ocrJobId, message }: { ocrJobId: string; message: string }): Promise<void> {
  await getDb().ocrJob.updateMany({ where: { id: ocrJobId, status: { in: ["queued", "running"] } }, data: { status: "failed", error: `OCR failed: ${message}`, finishedAt: new Date() } });
}

const json = (pages: OcrJobPage[]) => pages as unknown as Prisma.InputJsonArray;

/**
 * The document, through the same assembly and createDocument as an upload with layers. A run
 * taken up again after making it finds the same text already stored (409 duplicate) and takes
 * that document.
 */
async function makeDocument(job: { title: string; collectionId: string | null; authorId: string | null; language: string }, pages: OcrJobPage[]): Promise<string> {
  if (pages.every((p) => !p.layer?.lines.length)) throw new AppError("invalid", "The OCR found no text on these pages");
  try {
    const doc = await createPagedDocument({
      title: job.title, authorId: job.authorId, collectionId: job.collectionId,
      sources: pages.map((p) => ({ ...p, layer: p.layer!, layerFile: p.layerFile ?? p.imageName })),
      fileName: pages[0]!.imageName, byteLength: 0, ocrLanguage: job.language, rereadLanguage: job.language,
    });
    return doc.id;
  } catch (e) {
    if (isAppError(e) && e.details.reason === "duplicate_document" && typeof e.details.documentId === "string") return e.details.documentId;
    throw e;
  }
}
