import { NextResponse } from "next/server";
import { getChangeset } from "@/lib/data/changesets/get-changeset";
import { apiRoute } from "@/lib/server/http/api-route";

/** Its state, progress, documents and skipped hits with reasons. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => {
  const view = await getChangeset({ id });
  return NextResponse.json(view);
});
