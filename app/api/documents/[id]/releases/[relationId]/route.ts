import { NextResponse } from "next/server";
import { unrelateDocuments } from "@/lib/data/releases/unrelate-documents";
import { apiRoute } from "@/lib/server/http/api-route";

export const DELETE = apiRoute<{ id: string; relationId: string }>({ permission: "document.edit", what: "relate documents" }, async (_request, { id, relationId }, user) => {
  await unrelateDocuments({ documentId: id, relationId, actorId: user.id });
  return new NextResponse(null, { status: 204 });
});
