import { NextResponse } from "next/server";
import { startRevert } from "@/lib/data/changesets/revert-changeset";
import { apiRoute } from "@/lib/server/http/api-route";

/** 202 `{ id, status: "reverting" }`; the undo goes on after the answer (GET …/:id follows it); 409 twice. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "undo changesets" }, async (_request, { id }, user) => {
  const started = await startRevert({ id, user });
  return NextResponse.json(started, { status: 202 });
});
