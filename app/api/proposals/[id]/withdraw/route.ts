import { NextResponse } from "next/server";
import { withdrawProposal } from "@/lib/data/proposals/decide-proposal";
import { apiRoute } from "@/lib/server/http/api-route";

/** Only the proposal's author. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "withdraw proposals" }, async (_request, { id }, user) =>
  NextResponse.json(await withdrawProposal({ proposalId: id, author: user })),
);
