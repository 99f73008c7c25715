import { NextResponse } from "next/server";
import { getTagSet, updateTagSet } from "@/lib/data/annotations/tag-set";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { tagSetSchema } from "@/lib/validation/annotations";

export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ tags: await getTagSet({ collectionId: id }) }));

export const PUT = apiRoute<{ id: string }>({ permission: "admin", what: "edit tag sets" }, async (request, { id }) => {
  const { tags } = tagSetSchema.parse(await readJson(request));
  return NextResponse.json({ tags: await updateTagSet({ collectionId: id, tags }) });
});
