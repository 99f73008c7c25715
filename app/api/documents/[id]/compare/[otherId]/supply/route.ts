import { NextResponse } from "next/server";
import { toWebAnnotation } from "@/lib/annotations/web-annotation";
import { getAnnotation } from "@/lib/data/annotations/get-annotation";
import { supplyFromRelease } from "@/lib/data/releases/supply-from-release";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { annotationUrls } from "@/lib/server/http/annotation-urls";
import { supplySchema } from "@/lib/validation/releases";

/** Fills a span this release withholds with the other release's words, as a "supplied" annotation naming its source. */
export const POST = apiRoute<{ id: string; otherId: string }>({ permission: "annotate", what: "annotate" }, async (request, { id, otherId }, user) => {
  const body = supplySchema.parse(await readJson(request));
  const created = await supplyFromRelease({ documentId: id, otherId, ...body, authorId: user.id });
  const record = await getAnnotation({ id: created.id });
  return NextResponse.json({ "@context": "http://www.w3.org/ns/anno.jsonld", ...toWebAnnotation(record, annotationUrls(request, id)) }, { status: 201 });
});
