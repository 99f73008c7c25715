import { NextResponse } from "next/server";
import { createProposal } from "@/lib/data/proposals/create-proposal";
import { listDocumentProposals } from "@/lib/data/proposals/list-proposals";
import { getDocumentSummary } from "@/lib/data/documents/get-document-summary";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { proposeSchema } from "@/lib/validation/review";

/** The document's proposals: open ones oldest first, then decided ones newest first. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => {
  await getDocumentSummary({ id });
  return NextResponse.json({ items: await listDocumentProposals({ documentId: id }) });
});

export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "propose corrections" }, async (request, { id }, user) => {
  const body = proposeSchema.parse(await readJson(request));
  const proposal = await createProposal({ documentId: id, ...body, author: user });
  return NextResponse.json({ id: proposal.id, status: proposal.status, baseSeq: proposal.baseSeq }, { status: 201 });
});
