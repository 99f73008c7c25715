import { NextResponse } from "next/server";
import { listMyWork } from "@/lib/data/assignments/list-my-work";
import { apiRoute } from "@/lib/server/http/api-route";

/** What is assigned to me, what waits for my review, and my proposals sent back. */
export const GET = apiRoute({ permission: "read" }, async (_request, _params, user) => NextResponse.json(await listMyWork({ user })));
