import { NextResponse } from "next/server";
import { getSuggestions } from "@/lib/data/suggestions/get-suggestions";
import { z } from "zod";
import { maxDocumentBytes } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { seqSchema } from "@/lib/validation/api";

/** Likely OCR errors in the text at `seq` (the head by default), with ranked candidates. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const seq = new URL(request.url).searchParams.get("seq");
  return NextResponse.json(await getSuggestions({ documentId: id, seq: seq === null ? undefined : seqSchema.parse(seq) }));
});

const unsavedSchema = z.object({ text: z.string() });

/** The same for the text an editor holds unsaved ({ text }): suggestions refresh as a person types. Stores nothing. */
export const POST = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const { text } = unsavedSchema.parse(await readJson(request));
  if (Buffer.byteLength(text) > maxDocumentBytes()) throw new AppError("too_large", `The text is over the ${maxDocumentBytes()} byte limit of a document`);
  return NextResponse.json(await getSuggestions({ documentId: id, text }));
});
