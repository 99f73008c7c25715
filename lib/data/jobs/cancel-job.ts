import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { getJobQueue } from "../../server/jobs/jobs";
import type { JobData } from "../../server/jobs/job-kinds";
import { OPEN_STATES, type JobView } from "../../server/jobs/job-shape";
import { recordAudit } from "../audit/audit";
import { getJob } from "./get-job";
import { MAX_JOBS, sameWork } from "./list-jobs";

/**
 * Cancels a job that waits or runs. An OCR job is cancelled with it (its document is not made);
 * a run in progress finishes its page and sends no next. A changeset is undone, not cancelled:
 * stopping it halfway would leave some documents changed and the rest not.
 */
export async function cancelJob({ id, actorId }: { id: string; actorId: string }): Promise<JobView> {
  const queue = await getJobQueue();
  const asked = await queue.get(id);
  if (!asked) throw new AppError("not_found", `No job with id ${id}`);
  // A person cancels the work, not one run of it: between the page they saw and their click, the
  // run they saw may have ended and sent the next. Every open run of the same work is cancelled.
  const open = (await queue.list({ states: OPEN_STATES, names: [asked.name], limit: MAX_JOBS })).filter((run) => sameWork(run, asked));
  const job = open[0] ?? asked;
  const view = await getJob({ id: job.id });
  if (!view.cancellable) {
    throw new AppError("conflict", view.kind === "changeset" ? "A changeset being applied cannot be stopped halfway: undo it once it is applied" : `This job is ${view.status} already`, { reason: "invalid_transition" });
  }
  // The work first: a run that finds its OCR job cancelled stops there, whatever the engine says.
  await getDb().$transaction(async (tx) => {
    if (job.name === "ocr") {
      const { ocrJobId } = job.data as JobData["ocr"];
      await tx.ocrJob.updateMany({ where: { id: ocrJobId, status: { in: ["queued", "running"] } }, data: { status: "cancelled", cancelledById: actorId, finishedAt: new Date() } });
    }
    await recordAudit({ tx, actorId, action: "job.cancel", subjectType: "job", subjectId: job.id, fromState: view.status, toState: "cancelled", detail: view.label });
  });
  for (const run of open) await queue.cancel(run.name, run.id);
  return getJob({ id: job.id });
}
