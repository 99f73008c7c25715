import { NextResponse } from "next/server";
import { getCollectionView } from "@/lib/data/collections/get-collection";
import { updateCollection } from "@/lib/data/collections/update-collection";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { updateCollectionSchema } from "@/lib/validation/api";

/** `{ id, name, licence, visibility, reviewersCommitDirectly, selfApproval }`. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getCollectionView({ id })));

/** Sets any of the same fields (admins), as the collection page does; 422 naming a wrong field. */
export const PATCH = apiRoute<{ id: string }>({ permission: "admin", what: "change a collection's settings" }, async (request, { id }, user) => {
  const changes = updateCollectionSchema.parse(await readJson(request));
  return NextResponse.json(await updateCollection({ id, changes, actorId: user.id }));
});
