import { NextResponse } from "next/server";
import { resubmitProposal } from "@/lib/data/proposals/create-proposal";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { resubmitSchema } from "@/lib/validation/review";

/** The author's resolved text `{ baseSeq, text, message? }` after a conflict; back to "proposed". */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "resubmit proposals" }, async (request, { id }, user) => {
  const body = resubmitSchema.parse(await readJson(request));
  return NextResponse.json(await resubmitProposal({ proposalId: id, ...body, author: user }));
});
