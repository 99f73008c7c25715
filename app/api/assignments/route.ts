import { NextResponse } from "next/server";
import { assignDocuments } from "@/lib/data/assignments/assign-documents";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { assignSchema } from "@/lib/validation/assignments";

/** Assigns documents to a person, with an optional due day (reviewers and admins). */
export const POST = apiRoute({ permission: "proposal.review", what: "assign documents" }, async (request, _params, user) => {
  const body = assignSchema.parse(await readJson(request));
  return NextResponse.json(await assignDocuments({ ...body, actorId: user.id }), { status: 201 });
});
