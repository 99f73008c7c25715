import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { COLLECTION_VIEW_SELECT, toCollectionView, type CollectionView } from "./collection-shape";

/** A collection's name and settings (404 when unknown). */
export async function getCollection({ id, tx = getDb() }: { id: string; tx?: DbTx }) {
  const c = await tx.collection.findUnique({ where: { id }, select: { id: true, name: true, settings: true } });
  if (!c) throw new AppError("not_found", `No collection with id ${id}`);
  return c;
}

/** A collection as the API shows it (404 when unknown). */
export async function getCollectionView({ id, tx = getDb() }: { id: string; tx?: DbTx }): Promise<CollectionView> {
  const c = await tx.collection.findUnique({ where: { id }, select: COLLECTION_VIEW_SELECT });
  if (!c) throw new AppError("not_found", `No collection with id ${id}`);
  return toCollectionView(c);
}
