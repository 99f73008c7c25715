import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { toOcrJobView, type OcrJobView } from "./ocr-job-shape";

/** A job's state. */
export async function getOcrJob({ id }: { id: string }): Promise<OcrJobView> {
  const row = await getDb().ocrJob.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", `No OCR job with id ${id}`);
  return toOcrJobView(row);
}
