import { NextResponse } from "next/server";
import { cancelJob } from "@/lib/data/jobs/cancel-job";
import { apiRoute } from "@/lib/server/http/api-route";

/** Cancels a job that waits or runs; 409 for a finished one or a changeset (admins). */
export const POST = apiRoute<{ id: string }>({ permission: "admin", what: "cancel background jobs" }, async (_request, { id }, user) =>
  NextResponse.json(await cancelJob({ id, actorId: user.id })));
