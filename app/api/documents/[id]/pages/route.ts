import { NextResponse } from "next/server";
import { listPages } from "@/lib/data/pages/list-pages";
import { apiRoute } from "@/lib/server/http/api-route";

/** The document's page images, each with its IIIF Image API base URL and its layer's word count. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  return NextResponse.json({ items: await listPages({ documentId: id, origin: new URL(request.url).origin }) });
});
