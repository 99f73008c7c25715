import { NextResponse } from "next/server";
import { retryJob } from "@/lib/data/jobs/retry-job";
import { apiRoute } from "@/lib/server/http/api-route";

/** Runs a failed or cancelled job again; 409 for one that waits, runs or is done (admins). */
export const POST = apiRoute<{ id: string }>({ permission: "admin", what: "retry background jobs" }, async (_request, { id }, user) =>
  NextResponse.json(await retryJob({ id, actorId: user.id })));
