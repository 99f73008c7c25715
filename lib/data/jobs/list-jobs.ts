import "server-only";
import { getJobQueue } from "../../server/jobs/jobs";
import { statesOf, workKey, type JobRecord, type JobStatus, type JobView } from "../../server/jobs/job-shape";
import { describeJobs } from "./describe-jobs";

/** The most jobs one answer lists, newest first. */
export const MAX_JOBS = 200;

/**
 * Jobs newest first, of one status or all. Long work runs as a chain of short runs (a page of
 * OCR, some 20 s of a changeset), each a job of the engine; a person sees the work, so only the
 * newest run of each piece of work is listed.
 */
export async function listJobs({ status, limit = MAX_JOBS }: { status?: JobStatus; limit?: number } = {}): Promise<JobView[]> {
  const queue = await getJobQueue();
  const runs = await queue.list({ states: status ? statesOf(status) : undefined, limit: Math.min(limit, MAX_JOBS) * 4 });
  return describeJobs(newestRuns(runs).slice(0, Math.min(limit, MAX_JOBS)));
}

/** The first (newest) run of each piece of work: the same kind with the same data. */
export function newestRuns(runs: readonly JobRecord[]): JobRecord[] {
  const seen = new Set<string>();
  return runs.filter((run) => {
    if (seen.has(workKey(run))) return false;
    seen.add(workKey(run));
    return true;
  });
}

/** Whether two runs are of the same piece of work: the same kind with the same data. */
export const sameWork = (a: JobRecord, b: JobRecord) => workKey(a) === workKey(b);
