import "server-only";
import { AppError } from "../../errors";
import { getJobQueue } from "../../server/jobs/jobs";
import type { JobView } from "../../server/jobs/job-shape";
import { describeJobs } from "./describe-jobs";

export async function getJob({ id }: { id: string }): Promise<JobView> {
  const job = await (await getJobQueue()).get(id);
  if (!job) throw new AppError("not_found", `No job with id ${id}`);
  return (await describeJobs([job]))[0]!;
}
