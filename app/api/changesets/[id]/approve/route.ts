import { NextResponse } from "next/server";
import { approveChangeset } from "@/lib/data/changesets/decide-changeset";
import { apiRoute, readOptionalJson } from "@/lib/server/http/api-route";
import { approveChangesetSchema } from "@/lib/validation/changesets";

/** 200 `{ outcomes: [{ documentId, outcome, message?, seq? }] }`: each document decided on its own. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "approve changesets" }, async (request, { id }, user) => {
  const body = approveChangesetSchema.parse(await readOptionalJson(request));
  return NextResponse.json(await approveChangeset({ id, reviewer: user, ...body }));
});
