import { NextResponse } from "next/server";
import { getSuggestions } from "@/lib/data/suggestions/get-suggestions";
import { z } from "zod";
import { maxDocumentBytes } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { seqSchema } from "@/lib/validation/api";

const rangeSchema = z
  .object({ start: z.coerce.number().int().min(0).optional(), end: z.coerce.number().int().min(0).optional() })
  .refine((r) => r.start === undefined || r.end === undefined || r.start <= r.end, { message: "start must not be after end" });

/**
 * Likely OCR errors in the text at `seq` (the head by default), with ranked candidates: those in
 * [start, end) when given (UTF-16 offsets), at most 2,000, with the total there.
 */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const params = new URL(request.url).searchParams;
  const seq = params.get("seq");
  const range = rangeSchema.parse({ start: params.get("start") ?? undefined, end: params.get("end") ?? undefined });
  return NextResponse.json(await getSuggestions({ documentId: id, seq: seq === null ? undefined : seqSchema.parse(seq), ...range }));
});

const unsavedSchema = z.object({ text: z.string(), start: z.number().int().min(0).optional(), end: z.number().int().min(0).optional() });

/** The same for the text an editor holds unsaved ({ text, start?, end? }): suggestions refresh as a person types. Stores nothing. */
export const POST = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const { text, start, end } = unsavedSchema.parse(await readJson(request));
  if (Buffer.byteLength(text) > maxDocumentBytes()) throw new AppError("too_large", `The text is over the ${maxDocumentBytes()} byte limit of a document`);
  return NextResponse.json(await getSuggestions({ documentId: id, text, start, end }));
});
