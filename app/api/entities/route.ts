import { NextResponse } from "next/server";
import { createEntity, listEntities } from "@/lib/data/entities/entities";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { entitySchema } from "@/lib/validation/annotations";

export const GET = apiRoute({ permission: "read" }, async (request) => {
  const q = new URL(request.url).searchParams.get("q") ?? undefined;
  return NextResponse.json({ items: await listEntities({ q }) });
});

export const POST = apiRoute({ permission: "annotate", what: "create entities" }, async (request) => {
  const body = entitySchema.parse(await readJson(request));
  return NextResponse.json(await createEntity(body), { status: 201 });
});
