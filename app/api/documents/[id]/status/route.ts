import { NextResponse } from "next/server";
import { can } from "@/lib/auth/permissions";
import { markDocument } from "@/lib/data/documents/mark-document";
import { AppError } from "@/lib/errors";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { documentLevelSchema } from "@/lib/validation/review";

/** `{ status: "corrected" }` (correctors and up) or `{ status: "approved" }` (reviewers, four eyes). */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "change a document's status" }, async (request, { id }, user) => {
  const { status } = documentLevelSchema.parse(await readJson(request));
  if (status === "approved" && !can(user.role, "proposal.review")) throw new AppError("forbidden", `A ${user.role} may not approve documents`);
  return NextResponse.json(await markDocument({ documentId: id, user, level: status }));
});
