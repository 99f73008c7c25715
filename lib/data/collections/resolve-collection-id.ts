import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";

export const DEFAULT_COLLECTION_NAME = "Default";

/** The collection a document goes into: the named one (which must exist) or the default, made on first use. */
export async function resolveCollectionId({ collectionId, tx = getDb() }: { collectionId?: string | null; tx?: DbTx }): Promise<string> {
  if (collectionId) {
    const found = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!found) throw new AppError("not_found", `No collection with id ${collectionId}`);
    return found.id;
  }
  const collection = await tx.collection.upsert({
    where: { name: DEFAULT_COLLECTION_NAME },
    create: { name: DEFAULT_COLLECTION_NAME, settings: {} },
    update: {},
    select: { id: true },
  });
  return collection.id;
}
