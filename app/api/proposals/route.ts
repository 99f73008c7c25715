import { NextResponse } from "next/server";
import { listReviewQueue } from "@/lib/data/proposals/list-proposals";
import { apiRoute } from "@/lib/server/http/api-route";

/** The review queue: every proposal waiting for a reviewer, oldest first. */
export const GET = apiRoute({ permission: "read" }, async () => NextResponse.json({ items: await listReviewQueue() }));
