import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { getJobQueue } from "../../server/jobs/jobs";
import type { JobData } from "../../server/jobs/job-kinds";
import type { JobView } from "../../server/jobs/job-shape";
import { recordAudit } from "../audit/audit";
import { getJob } from "./get-job";

/**
 * Runs a failed or cancelled job again (one more attempt), and an OCR job that failed or was
 * cancelled with it: its pages already read are kept.
 */
export async function retryJob({ id, actorId }: { id: string; actorId: string }): Promise<JobView> {
  const view = await getJob({ id });
  if (view.status !== "failed" && view.status !== "cancelled") throw new AppError("conflict", `This job is ${view.status}: only a failed or cancelled job is run again`, { reason: "invalid_transition" });
  const queue = await getJobQueue();
  const job = (await queue.get(id))!;
  await getDb().$transaction(async (tx) => {
    if (job.name === "ocr") {
      const { ocrJobId } = job.data as JobData["ocr"];
      await tx.ocrJob.updateMany({ where: { id: ocrJobId, status: { in: ["failed", "cancelled"] } }, data: { status: "queued", error: null, cancelledById: null, finishedAt: null } });
    }
    await recordAudit({ tx, actorId, action: "job.retry", subjectType: "job", subjectId: id, fromState: view.status, toState: "waiting", detail: view.label });
  });
  await queue.retry(job.name, id);
  return getJob({ id });
}
