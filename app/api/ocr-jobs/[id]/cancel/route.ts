import { NextResponse } from "next/server";
import { cancelOcrJob } from "@/lib/data/ocr/cancel-ocr-job";
import { apiRoute } from "@/lib/server/http/api-route";

/** Stops an OCR job before its next page; nothing of it is stored (admins). */
export const POST = apiRoute<{ id: string }>({ permission: "admin", what: "cancel OCR jobs" }, async (_request, { id }, user) =>
  NextResponse.json(await cancelOcrJob({ id, actorId: user.id })));
