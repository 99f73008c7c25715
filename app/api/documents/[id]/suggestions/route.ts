import { NextResponse } from "next/server";
import { getSuggestions } from "@/lib/data/suggestions/get-suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { seqSchema } from "@/lib/validation/api";

/** Likely OCR errors in the text at `seq` (the head by default), with ranked candidates. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const seq = new URL(request.url).searchParams.get("seq");
  return NextResponse.json(await getSuggestions({ documentId: id, seq: seq === null ? undefined : seqSchema.parse(seq) }));
});
