import { NextResponse } from "next/server";
import { facetFieldsOf, listingSchema, recordFilterOf } from "@/lib/data/records/listing-schema";
import { searchDocuments } from "@/lib/data/search/search-documents";
import { filtersNothing, parametersOf } from "@/lib/records/record-filter";
import { apiRoute } from "@/lib/server/http/api-route";
import { searchSchema } from "@/lib/validation/search";

export const GET = apiRoute({ permission: "read" }, async (request) => {
  const search = new URL(request.url).searchParams;
  const { case: letterCase, ...query } = searchSchema.parse(Object.fromEntries(search));
  // Any other parameter is a metadata filter, as on GET /api/documents, refused by name when unknown.
  const schema = await listingSchema({ collectionId: query.collectionId });
  const filter = recordFilterOf(parametersOf(search), schema);
  const record = filtersNothing(filter) ? {} : { record: { filter, dateField: schema.fields.find((f) => f.type === "date")?.name ?? null } };
  return NextResponse.json(await searchDocuments({ ...query, caseSensitive: letterCase === "sensitive", ...record, facetFields: facetFieldsOf(schema) }));
});
