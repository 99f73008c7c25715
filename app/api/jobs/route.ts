import { NextResponse } from "next/server";
import { z } from "zod";
import { listJobs } from "@/lib/data/jobs/list-jobs";
import { apiRoute } from "@/lib/server/http/api-route";
import { JOB_STATUSES } from "@/lib/server/jobs/job-shape";

const querySchema = z.object({ status: z.enum(JOB_STATUSES).optional() });

/** `{ items }`: background jobs newest first, of one status or all (admins). */
export const GET = apiRoute({ permission: "admin", what: "see background jobs" }, async (request) => {
  const { status } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ items: await listJobs({ status }) });
});
