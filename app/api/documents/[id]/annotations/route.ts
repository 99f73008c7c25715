import { NextResponse } from "next/server";
import { toAnnotationPage, toWebAnnotation } from "@/lib/annotations/web-annotation";
import { createAnnotation } from "@/lib/data/annotations/create-annotation";
import { getAnnotation } from "@/lib/data/annotations/get-annotation";
import { listAnnotations } from "@/lib/data/annotations/list-annotations";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { annotationUrls } from "@/lib/server/http/annotation-urls";
import { createAnnotationSchema } from "@/lib/validation/annotations";

const JSON_LD = { "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };

/** The document's annotations as a W3C AnnotationPage; `?tag=` keeps one tag's. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const tag = new URL(request.url).searchParams.get("tag");
  const items = (await listAnnotations({ documentId: id })).filter((a) => !tag || a.tag === tag);
  return NextResponse.json(toAnnotationPage(request.url, items, annotationUrls(request, id)), { headers: JSON_LD });
});

export const POST = apiRoute<{ id: string }>({ permission: "annotate", what: "annotate" }, async (request, { id }, user) => {
  const body = createAnnotationSchema.parse(await readJson(request));
  const created = await createAnnotation({ ...body, documentId: id, authorId: user.id });
  const record = await getAnnotation({ id: created.id });
  return NextResponse.json(
    { "@context": "http://www.w3.org/ns/anno.jsonld", ...toWebAnnotation(record, annotationUrls(request, id)), start: record.start, end: record.end },
    { status: 201, headers: JSON_LD },
  );
});
