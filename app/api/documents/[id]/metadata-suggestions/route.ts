import { NextResponse } from "next/server";
import { suggestDocumentMetadata } from "@/lib/data/records/suggest-document-metadata";
import { apiRoute } from "@/lib/server/http/api-route";

/** Metadata the document's header says plainly, each with the text it came from. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await suggestDocumentMetadata({ documentId: id })));
