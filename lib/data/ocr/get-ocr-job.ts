import "server-only";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { toOcrJobView, type OcrJobView } from "./ocr-job-shape";
import { kickOcrQueue } from "./run-ocr-queue";

/** A job's state; reading an unfinished job also makes sure this process is working the queue. */
export async function getOcrJob({ id }: { id: string }): Promise<OcrJobView> {
  const row = await getDb().ocrJob.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", `No OCR job with id ${id}`);
  if (row.status === "queued" || row.status === "running") kickOcrQueue();
  return toOcrJobView(row);
}
