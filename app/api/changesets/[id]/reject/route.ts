import { NextResponse } from "next/server";
import { rejectChangeset } from "@/lib/data/changesets/decide-changeset";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { rejectChangesetSchema } from "@/lib/validation/changesets";

/** 200 `{ outcomes }`; a note is required (422 without). */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "reject changesets" }, async (request, { id }, user) => {
  const body = rejectChangesetSchema.parse(await readJson(request));
  return NextResponse.json(await rejectChangeset({ id, reviewer: user, ...body }));
});
