import { NextResponse } from "next/server";
import { getEntityWithMentions, updateEntity } from "@/lib/data/entities/entities";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { entitySchema } from "@/lib/validation/annotations";

/** The entity with every mention across all documents. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getEntityWithMentions({ id })));

export const PATCH = apiRoute<{ id: string }>({ permission: "annotate", what: "edit entities" }, async (request, { id }) => {
  const body = entitySchema.partial().parse(await readJson(request));
  return NextResponse.json(await updateEntity({ id, changes: body }));
});
