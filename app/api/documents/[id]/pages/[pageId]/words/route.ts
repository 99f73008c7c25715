import { NextResponse } from "next/server";
import { getPageWords } from "@/lib/data/pages/get-page-words";
import { apiRoute } from "@/lib/server/http/api-route";
import { seqSchema } from "@/lib/validation/api";

/** The page's words with boxes and confidences at revision `seq` (the head by default). */
export const GET = apiRoute<{ id: string; pageId: string }>({ permission: "read" }, async (request, { id, pageId }) => {
  const seq = new URL(request.url).searchParams.get("seq");
  return NextResponse.json(await getPageWords({ documentId: id, pageId, seq: seq === null ? undefined : seqSchema.parse(seq) }));
});
