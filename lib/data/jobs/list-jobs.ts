import "server-only";
import { getJobQueue } from "../../jobs/jobs";
import { statesOf, type JobStatus, type JobView } from "../../jobs/job-shape";
import { describeJobs } from "./describe-jobs";

/** The most jobs one answer lists, newest first. */
export const MAX_JOBS = 200;

/** Jobs newest first, of one status or all. */
export async function listJobs({ status, limit = MAX_JOBS }: { status?: JobStatus; limit?: number } = {}): Promise<JobView[]> {
  const queue = await getJobQueue();
  return describeJobs(await queue.list({ states: status ? statesOf(status) : undefined, limit: Math.min(limit, MAX_JOBS) }));
}
