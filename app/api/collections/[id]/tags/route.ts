import { NextResponse } from "next/server";
import { getTagSet, updateTagSet } from "@/lib/data/tag-set";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { tagSetSchema } from "@/lib/validation/annotations";

export const GET = apiRoute<{ id: string }>(async (_request, { id }) => NextResponse.json({ tags: await getTagSet({ collectionId: id }) }));

export const PUT = apiRoute<{ id: string }>(async (request, { id }) => {
  const { tags } = tagSetSchema.parse(await readJson(request));
  return NextResponse.json({ tags: await updateTagSet({ collectionId: id, tags }) });
});
