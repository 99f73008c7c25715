import { NextResponse } from "next/server";
import { toWebAnnotation } from "@/lib/annotations/web-annotation";
import { deleteAnnotation, getAnnotation, updateAnnotation } from "@/lib/data/annotations";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { annotationUrls } from "@/lib/http/annotation-urls";
import { updateAnnotationSchema } from "@/lib/validation/annotations";

/** Changes tag, comment or entity; `start` and `end` together re-attach it to the head text. */
export const PATCH = apiRoute<{ id: string }>(async (request, { id }) => {
  const body = updateAnnotationSchema.parse(await readJson(request));
  await updateAnnotation(id, body);
  const record = await getAnnotation({ id });
  return NextResponse.json({ "@context": "http://www.w3.org/ns/anno.jsonld", ...toWebAnnotation(record, annotationUrls(request, record.documentId)) });
});

export const DELETE = apiRoute<{ id: string }>(async (_request, { id }) => {
  await deleteAnnotation(id);
  return new NextResponse(null, { status: 204 });
});
