import { NextResponse } from "next/server";
import { getDiff } from "@/lib/data/revisions/revisions";
import { getDocumentSummary } from "@/lib/data/documents/get-document-summary";
import { apiRoute } from "@/lib/server/http/api-route";
import { seqSchema } from "@/lib/validation/api";

/** Word-level diff; `from` defaults to 0 (the raw OCR) and `to` to the head. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const params = new URL(request.url).searchParams;
  const from = seqSchema.parse(params.get("from") ?? 0);
  const to = params.get("to") === null ? (await getDocumentSummary({ id })).headSeq : seqSchema.parse(params.get("to"));
  return NextResponse.json({ from, to, diffs: await getDiff({ documentId: id, from, to }) });
});
