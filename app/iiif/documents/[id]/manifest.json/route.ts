import { NextResponse } from "next/server";
import { getExportDocument } from "@/lib/data/export/get-export-document";
import { AppError } from "@/lib/errors";
import { toIiifManifest } from "@/lib/export/iiif-manifest";
import { apiRoute } from "@/lib/server/http/api-route";
import { isPublicDocument } from "@/lib/data/collections/public-access";

/** The document's IIIF Presentation 3 manifest, for Mirador or any IIIF viewer (signed in like the images, or anyone's in a public collection). */
export const GET = apiRoute<{ id: string }>({ permission: "read", publicRead: ({ id }) => isPublicDocument(id) }, async (request, { id }) => {
  const origin = new URL(request.url).origin;
  const doc = await getExportDocument({ id, baseUrl: origin });
  if (doc.pages.length === 0) throw new AppError("not_found", "This document has no page images, so it has no IIIF manifest");
  return NextResponse.json(toIiifManifest(doc, `${origin}/iiif/documents/${id}/manifest.json`), {
    headers: { "Content-Type": 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"' },
  });
});
