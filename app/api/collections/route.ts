import { NextResponse } from "next/server";
import { z } from "zod";
import { createCollection } from "@/lib/data/collections/create-collection";
import { listCollections } from "@/lib/data/collections/list-collections";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

export const GET = apiRoute({ permission: "read" }, async () => {
  const rows = await listCollections();
  return NextResponse.json({ items: rows.map((c) => ({ id: c.id, name: c.name, documentCount: c._count.documents })) });
});

export const POST = apiRoute({ permission: "admin", what: "create collections" }, async (request) => {
  const body = z.object({ name: z.string().trim().min(1).max(200) }).parse(await readJson(request));
  return NextResponse.json(await createCollection(body), { status: 201 });
});
