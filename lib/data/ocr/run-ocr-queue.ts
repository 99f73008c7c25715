import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import sharp from "sharp";
import { getDb } from "../../db";
import { AppError, isAppError } from "../../errors";
import { MAX_IMAGE_PIXELS } from "../../images/inspect-image";
import type { Prisma } from "../../generated/prisma/client";
import { openOcrEngine, type OcrEngine } from "../../ocr/read-page-image";
import { openWordReader, type WordReader } from "../../ocr/read-words";
import { rereadLayer } from "../../ocr/reread-layer";
import { getImageStore } from "../../storage/image-store";
import { createPagedDocument } from "../pages/create-paged-document";
import type { OcrJobPage } from "./ocr-job-shape";

/** How often a page's progress is written while tesseract reads it. */
const PROGRESS_EVERY_MS = 500;
/**
 * A job is claimed for LEASE_MS and the claim renewed every RENEW_MS while it is worked, so that
 * several app processes on one database never read the same job twice, and a job whose process
 * died is taken over once its claim runs out. A page takes seconds; a minute is ample.
 */
const LEASE_MS = 60_000;
const RENEW_MS = 15_000;
/** This process, as the claims name it. */
const WORKER = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

const state = globalThis as unknown as { ocrQueue?: { running: boolean; again: boolean } };

/**
 * Works the OCR queue in this process, one job and one page at a time (OCR is CPU-bound and
 * these machines have two cores): the oldest queued job, or running job whose claim ran out,
 * first, so that a job a restart interrupted carries on where it stopped. Every page's result is written as it
 * finishes, so a restart loses at most the page being read. Safe to call often.
 */
export function kickOcrQueue(): void {
  state.ocrQueue ??= { running: false, again: false };
  const queue = state.ocrQueue;
  if (queue.running) {
    queue.again = true;
    return;
  }
  queue.running = true;
  void (async () => {
    try {
      do {
        queue.again = false;
        for (let job = await nextJob(); job; job = await nextJob()) await runOcrJob(job.id);
      } while (queue.again);
    } catch (e) {
      console.error(`The OCR queue stopped: ${(e as Error).stack ?? e}`);
    } finally {
      queue.running = false;
    }
  })();
}

/** Jobs waiting, or whose claim ran out (its process stopped): any process may take them. */
const unclaimed = () => ({ status: { in: ["queued", "running"] }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] });

async function nextJob() {
  return getDb().ocrJob.findFirst({ where: unclaimed(), orderBy: { createdAt: "asc" }, select: { id: true } });
}

/** Reads a job's unread pages, then makes its document; a cancelled job stops between updates. */
export async function runOcrJob(id: string): Promise<void> {
  const db = getDb();
  const job = await db.ocrJob.findUniqueOrThrow({ where: { id } });
  const pages = job.pages as unknown as OcrJobPage[];
  // Only a job still waiting or interrupted, and claimed by no live process, is taken: one
  // cancelled meanwhile stays cancelled, and one another process holds stays with it.
  const taken = await db.ocrJob.updateMany({
    where: { id, ...unclaimed() },
    data: { status: "running", startedAt: job.startedAt ?? new Date(), leasedBy: WORKER, leaseUntil: new Date(Date.now() + LEASE_MS) },
  });
  if (taken.count === 0) return;
  let lost = false;
  const renew = setInterval(() => {
    void db.ocrJob
      .updateMany({ where: { id, status: "running", leasedBy: WORKER }, data: { leaseUntil: new Date(Date.now() + LEASE_MS) } })
      .then((r) => (lost ||= r.count === 0), () => undefined);
  }, RENEW_MS);
  let engine: OcrEngine | null = null;
  let reader: WordReader | null = null;
  try {
    for (const [index, page] of pages.entries()) {
      if (page.status === "done") continue;
      if (lost || (await isCancelled(id))) return;
      engine ??= await openOcrEngine(job.language);
      pages[index] = { ...page, status: "running", progress: 0 };
      await savePages(id, pages);
      let saved = Date.now();
      const png = await pageAsPng(page);
      const layer = await engine.read(png, {
        onProgress: (share) => {
          if (Date.now() - saved < PROGRESS_EVERY_MS) return;
          saved = Date.now();
          pages[index] = { ...pages[index]!, progress: share };
          void savePages(id, pages, true);
        },
      });
      if (lost || (await isCancelled(id))) return;
      // The doubtful words read again, one by one, as evidence for the suggestions.
      reader ??= await openWordReader(job.language);
      const reread = await rereadLayer(layer, png, reader, job.language);
      if (lost || (await isCancelled(id))) return;
      pages[index] = { ...page, status: "done", progress: 1, layer: { ...reread, imageName: page.imageName }, layerFile: page.imageName };
      await savePages(id, pages);
    }
    if (lost || (await isCancelled(id))) return;
    const documentId = await makeDocument(job, pages);
    await db.ocrJob.updateMany({ where: { id, status: "running", leasedBy: WORKER }, data: { status: "done", documentId, finishedAt: new Date(), leaseUntil: null } });
  } catch (e) {
    const message = isAppError(e) ? e.message : `OCR failed: ${(e as Error).message}`;
    if (!isAppError(e)) console.error(`OCR job ${id} failed: ${(e as Error).stack ?? e}`);
    await db.ocrJob.updateMany({ where: { id, status: "running", leasedBy: WORKER }, data: { status: "failed", error: message, finishedAt: new Date(), leaseUntil: null } });
  } finally {
    clearInterval(renew);
    await engine?.close();
    await reader?.close();
  }
}

async function isCancelled(id: string): Promise<boolean> {
  const row = await getDb().ocrJob.findUnique({ where: { id }, select: { status: true } });
  return row?.status === "cancelled";
}

/**
 * Writes the pages' progress while this process holds the claim; a progress-only write never
 * revives a job cancelled meanwhile.
 */
async function savePages(id: string, pages: OcrJobPage[], progressOnly = false) {
  await getDb().ocrJob.updateMany({ where: { id, leasedBy: WORKER, ...(progressOnly ? { status: "running" } : {}) }, data: { pages: pages as unknown as Prisma.InputJsonArray } });
}

/** The page as PNG for tesseract.js, which reads no TIFF or WebP (and one page of a multi-page TIFF). */
async function pageAsPng(page: OcrJobPage): Promise<Uint8Array> {
  const bytes = await getImageStore().read(page.imageKey);
  if (!bytes) throw new AppError("internal", `The image of ${page.imageName} is missing from the image store; run npm run fsck`);
  if (page.imageType === "image/png" || page.imageType === "image/jpeg") return bytes;
  return sharp(bytes, { page: page.imagePage, limitInputPixels: MAX_IMAGE_PIXELS }).png().toBuffer();
}

/**
 * The document, through the same assembly and createDocument as an upload with layers. A
 * restart between making it and marking the job done finds the same text already stored
 * (409 duplicate) and takes that document.
 */
async function makeDocument(job: { title: string; collectionId: string | null; authorId: string | null; language: string }, pages: OcrJobPage[]): Promise<string> {
  if (pages.every((p) => !p.layer?.lines.length)) throw new AppError("invalid", "The OCR found no text on these pages");
  try {
    const doc = await createPagedDocument({
      title: job.title, authorId: job.authorId, collectionId: job.collectionId,
      sources: pages.map((p) => ({ ...p, layer: p.layer!, layerFile: p.layerFile ?? p.imageName })),
      fileName: pages[0]!.imageName, byteLength: 0, ocrLanguage: job.language,
    });
    return doc.id;
  } catch (e) {
    if (isAppError(e) && e.details.reason === "duplicate_document" && typeof e.details.documentId === "string") return e.details.documentId;
    throw e;
  }
}
