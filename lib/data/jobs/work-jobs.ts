import "server-only";
import { getJobQueue, sendJob } from "../../server/jobs/jobs";
import { JOB_KIND_NAMES, type JobData, type JobKind } from "../../server/jobs/job-kinds";
import type { JobRecord } from "../../server/jobs/job-shape";
import { runChangesetJob } from "../changesets/run-changeset-job";
import { recordRevisionErrorRates } from "../metrics/record-error-rates";
import { failOcrJob, runOcrStep } from "../ocr/run-ocr-step";
import { runRereadStep } from "../pages/reread-pages";
import { sendNotificationEmail } from "../notifications/send-notification-email";

/**
 * What one run of each kind does. A run that answers "more" sends the kind's next run for the
 * same work before it ends, so that long work is a chain of short runs.
 */
const RUNS: { [K in JobKind]: (data: JobData[K], job: JobRecord) => Promise<"more" | "done" | void> } = {
  ocr: async (data, job) => {
    try {
      return await runOcrStep(data);
    } catch (e) {
      // The engine retries a failed run; after the last attempt the OCR job itself fails, named.
      if (job.retryCount >= job.retryLimit) await failOcrJob({ ocrJobId: data.ocrJobId, message: (e as Error).message });
      throw e;
    }
  },
  reread: (data) => runRereadStep(data),
  changeset: (data) => runChangesetJob(data),
  "error-rates": (data) => recordRevisionErrorRates(data),
  email: (data) => sendNotificationEmail(data),
};

/** How often an idle worker looks for work; a job sent in this process wakes it at once. */
const POLL_SECONDS = 2;

const state = globalThis as unknown as { workbenchWorking?: boolean };

/**
 * Makes this process run every kind of job, one run of a kind at a time (OCR is CPU-bound, and
 * these machines have two cores). Called once as the server starts (instrumentation.ts), so that
 * work a restart or a crash interrupted is taken up without anyone opening anything.
 */
export async function workJobs(): Promise<void> {
  if (state.workbenchWorking) return;
  state.workbenchWorking = true;
  const queue = await getJobQueue();
  for (const kind of JOB_KIND_NAMES) {
    await queue.work(kind, { pollSeconds: POLL_SECONDS }, async (job) => {
      const run = RUNS[kind] as (data: unknown, job: JobRecord) => Promise<"more" | "done" | void>;
      if ((await run(job.data, job)) === "more") await sendJob(kind, job.data as never);
    });
  }
}
