import "server-only";
import { preparedRead } from "../../db/prepared-read";

const collectionNames = preparedRead<{ id: string; name: string }>(`SELECT "id", "name" FROM "Collection" ORDER BY "name" ASC`);

/**
 * Every collection's id and name, by name: what a collection picker offers. A prepared query (lib/db/prepared-read) and no
 * document counts, because every document page's header carries the picker.
 */
export async function listCollectionNames() {
  return collectionNames();
}
