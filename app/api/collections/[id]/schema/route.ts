import { NextResponse } from "next/server";
import { getMetadataSchema } from "@/lib/data/records/get-metadata-schema";
import { updateMetadataSchema } from "@/lib/data/records/update-metadata-schema";
import type { MetadataSchema } from "@/lib/records/metadata-schema";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

/** The collection's metadata schema: its own, or the default for declassified records. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getMetadataSchema({ collectionId: id })));

/** Replaces it (admins): 422 naming the field for a malformed one, 409 for a change to a field that documents hold values of. */
export const PUT = apiRoute<{ id: string }>({ permission: "admin", what: "edit metadata schemas" }, async (request, { id }, user) =>
  NextResponse.json(await updateMetadataSchema({ collectionId: id, schema: (await readJson(request)) as MetadataSchema, actorId: user.id })),
);
