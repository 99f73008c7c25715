import { NextResponse } from "next/server";
import { toWebAnnotation } from "@/lib/annotations/web-annotation";
import { deleteAnnotation } from "@/lib/data/annotations/delete-annotation";
import { getAnnotation } from "@/lib/data/annotations/get-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { annotationUrls } from "@/lib/server/http/annotation-urls";
import { updateAnnotationSchema } from "@/lib/validation/annotations";

/** Changes tag, comment or entity; `start` and `end` together re-attach it to the head text. */
export const PATCH = apiRoute<{ id: string }>({ permission: "annotate", what: "edit annotations" }, async (request, { id }, user) => {
  const body = updateAnnotationSchema.parse(await readJson(request));
  await updateAnnotation({ id, changes: body, actor: user });
  const record = await getAnnotation({ id });
  return NextResponse.json({ "@context": "http://www.w3.org/ns/anno.jsonld", ...toWebAnnotation(record, annotationUrls(request, record.documentId)) });
});

export const DELETE = apiRoute<{ id: string }>({ permission: "annotate", what: "delete annotations" }, async (_request, { id }, user) => {
  await deleteAnnotation({ id, actor: user });
  return new NextResponse(null, { status: 204 });
});
