import { NextResponse } from "next/server";
import { approveProposal } from "@/lib/data/proposals/approve-proposal";
import { apiRoute, readOptionalJson } from "@/lib/server/http/api-route";
import { approveSchema } from "@/lib/validation/review";

/** 200 `{ seq }`; 409 on a merge conflict (the proposal becomes needs_rebase); 403 for one's own proposal. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "approve proposals" }, async (request, { id }, user) => {
  const body = approveSchema.parse(await readOptionalJson(request));
  return NextResponse.json(await approveProposal({ proposalId: id, reviewer: user, ...body }));
});
