import { NextResponse } from "next/server";
import { z } from "zod";
import { setPageStatus } from "@/lib/data/pages/set-page-status";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

/** `{ status }`: not_started, in_progress or done (correctors and up), checked (reviewers and admins). */
export const PUT = apiRoute<{ id: string; pageId: string }>({ permission: "proposal.create", what: "set page status" }, async (request, { id, pageId }, user) => {
  const { status } = z.object({ status: z.string().max(20) }).parse(await readJson(request));
  return NextResponse.json(await setPageStatus({ documentId: id, pageId, status, user }));
});
