import { NextResponse } from "next/server";
import { listActivity } from "@/lib/data/audit/audit";
import { getDocumentSummary } from "@/lib/data/documents/get-document-summary";
import { apiRoute } from "@/lib/server/http/api-route";

/** The document's audit events, newest first. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => {
  await getDocumentSummary({ id });
  return NextResponse.json({ items: await listActivity({ documentId: id }) });
});
