import { NextResponse } from "next/server";
import { rejectProposal } from "@/lib/data/proposals/decide-proposal";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { rejectSchema } from "@/lib/validation/review";

export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "reject proposals" }, async (request, { id }, user) => {
  const body = rejectSchema.parse(await readJson(request));
  return NextResponse.json(await rejectProposal({ proposalId: id, reviewer: user, note: body.note }));
});
