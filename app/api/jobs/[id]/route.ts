import { NextResponse } from "next/server";
import { getJob } from "@/lib/data/jobs/get-job";
import { apiRoute } from "@/lib/server/http/api-route";

/** One job, with what it works on and how far (admins). */
export const GET = apiRoute<{ id: string }>({ permission: "admin", what: "see background jobs" }, async (_request, { id }) => NextResponse.json(await getJob({ id })));
