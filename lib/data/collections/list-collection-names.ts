import "server-only";
import { getDb } from "../../db";

/**
 * Every collection's id and name, by name: what a collection picker offers. Plain SQL and no
 * document counts, because every document page's header carries the picker.
 */
export async function listCollectionNames() {
  return getDb().$queryRaw<{ id: string; name: string }[]>`SELECT "id", "name" FROM "Collection" ORDER BY "name" ASC`;
}
