import "server-only";
import { getDb } from "../../server/db";
import type { Prisma } from "../../server/generated/prisma/client";
import { sendJob } from "../../server/jobs/jobs";
import { toOcrJobView, type OcrJobPage, type OcrJobView } from "./ocr-job-shape";

export interface CreateOcrJobInput {
  title: string;
  language: string;
  collectionId: string | null;
  authorId: string | null;
  /** The pages, their images already in the image store; a page with a layer needs no reading. */
  pages: Omit<OcrJobPage, "status" | "progress">[];
}

/** Queues the pages for OCR: the job and its first run are stored together, or not at all. */
export async function createOcrJob(input: CreateOcrJobInput): Promise<OcrJobView> {
  const pages: OcrJobPage[] = input.pages.map((p) => ({ ...p, status: p.layer ? "done" : "queued", progress: p.layer ? 1 : 0 }));
  const row = await getDb().$transaction(async (tx) => {
    const made = await tx.ocrJob.create({
      data: {
        title: input.title, language: input.language, collectionId: input.collectionId, authorId: input.authorId,
        pages: pages as unknown as Prisma.InputJsonArray,
      },
    });
    await sendJob("ocr", { ocrJobId: made.id }, { tx });
    return made;
  });
  return toOcrJobView(row);
}
