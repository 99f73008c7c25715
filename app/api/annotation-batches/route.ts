import { NextResponse } from "next/server";
import { annotateHits } from "@/lib/data/annotations/annotate-hits";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { annotateHitsSchema } from "@/lib/validation/changesets";

/**
 * 201 `{ id, created, skipped, documents }`: every hit of the search annotated, as one batch; 200
 * with `id: null` when every hit carried that annotation already.
 */
export const POST = apiRoute({ permission: "annotate", what: "annotate" }, async (request, _params, user) => {
  const { case: letterCase, ...body } = annotateHitsSchema.parse(await readJson(request));
  const batch = await annotateHits({ input: { ...body, caseSensitive: letterCase === "sensitive" }, author: user });
  return NextResponse.json(batch, { status: batch.id ? 201 : 200 });
});
