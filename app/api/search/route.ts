import { NextResponse } from "next/server";
import { searchDocuments } from "@/lib/data/search/search-documents";
import { apiRoute } from "@/lib/server/http/api-route";
import { searchSchema } from "@/lib/validation/search";

export const GET = apiRoute({ permission: "read" }, async (request) => {
  const { case: letterCase, ...query } = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await searchDocuments({ ...query, caseSensitive: letterCase === "sensitive" }));
});
