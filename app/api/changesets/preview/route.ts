import { NextResponse } from "next/server";
import { planChangeset } from "@/lib/data/changesets/plan-changeset";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { changesetPreviewSchema } from "@/lib/validation/changesets";

/** Every hit a replacement would change, by document, before → after with its line; stores nothing. */
export const POST = apiRoute({ permission: "proposal.create", what: "replace across documents" }, async (request) => {
  const { case: letterCase, ...body } = changesetPreviewSchema.parse(await readJson(request));
  return NextResponse.json(await planChangeset({ ...body, caseSensitive: letterCase === "sensitive" }));
});
