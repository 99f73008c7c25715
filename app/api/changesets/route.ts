import { NextResponse } from "next/server";
import { createChangeset } from "@/lib/data/changesets/create-changeset";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { createChangesetSchema } from "@/lib/validation/changesets";

/** 201 `{ id, status: "applying", kind, documents, hits }`; the work goes on after the answer (GET …/:id follows it). */
export const POST = apiRoute({ permission: "proposal.create", what: "replace across documents" }, async (request, _params, user) => {
  const { case: letterCase, ...body } = createChangesetSchema.parse(await readJson(request));
  const created = await createChangeset({ input: { ...body, caseSensitive: letterCase === "sensitive" }, author: user });
  return NextResponse.json(created, { status: 201 });
});
