import "server-only";
import { collectionNames } from "./collection-sql";

/**
 * Every collection's id and name, by name: what a collection picker offers. A prepared query (lib/server/db/prepared-read) and no
 * document counts, because every document page's header carries the picker.
 */
export async function listCollectionNames() {
  return collectionNames();
}
