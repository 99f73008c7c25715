import { NextResponse } from "next/server";
import { listReleases } from "@/lib/data/releases/list-releases";
import { relateDocuments } from "@/lib/data/releases/relate-documents";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { relateSchema } from "@/lib/validation/releases";

/** The documents related to this one (other releases, replies, enclosures), each relation as this document reads it. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ items: await listReleases({ documentId: id }) }));

/** Relates another document to this one: `{ documentId, relation? }` (another release by default). */
export const POST = apiRoute<{ id: string }>({ permission: "document.edit", what: "relate documents" }, async (request, { id }, user) => {
  const body = relateSchema.parse(await readJson(request));
  const created = await relateDocuments({ documentId: id, otherId: body.documentId, relation: body.relation, actorId: user.id });
  return NextResponse.json({ id: created.id, documentId: body.documentId, relation: body.relation }, { status: 201 });
});
