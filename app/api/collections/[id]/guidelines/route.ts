import { NextResponse } from "next/server";
import { z } from "zod";
import { getGuidelines, setGuidelines } from "@/lib/data/collections/guidelines";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

/** The collection's guidelines, as Markdown. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getGuidelines({ collectionId: id })));

/** Replaces them (admins); `""` removes them. */
export const PUT = apiRoute<{ id: string }>({ permission: "admin", what: "edit guidelines" }, async (request, { id }, user) => {
  const { markdown } = z.object({ markdown: z.string() }).parse(await readJson(request));
  return NextResponse.json(await setGuidelines({ collectionId: id, markdown, actorId: user.id }));
});
