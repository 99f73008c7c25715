import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { toOcrJobView, type OcrJobView } from "./ocr-job-shape";

/**
 * Cancels a queued or running job: the queue stops before the next page (the page being read
 * is finished and dropped), and no document is made. A finished job cannot be cancelled.
 */
export async function cancelOcrJob({ id, actorId }: { id: string; actorId: string }): Promise<OcrJobView> {
  const db = getDb();
  const { count } = await db.ocrJob.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", cancelledById: actorId, finishedAt: new Date() },
  });
  const row = await db.ocrJob.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", `No OCR job with id ${id}`);
  if (count === 0) throw new AppError("conflict", `This OCR job is ${row.status} already`, { reason: "invalid_transition" });
  return toOcrJobView(row);
}
