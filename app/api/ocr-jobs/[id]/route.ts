import { NextResponse } from "next/server";
import { getOcrJob } from "@/lib/data/ocr/get-ocr-job";
import { apiRoute } from "@/lib/server/http/api-route";

/** An OCR job's state and each page's progress; `documentId` once the document is made. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getOcrJob({ id })));
