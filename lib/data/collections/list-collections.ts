import "server-only";
import { getDb, type DbTx } from "../../server/db";

/** Every collection by name, with how many live (not deleted) documents it holds. */
export async function listCollections({ tx = getDb() }: { tx?: DbTx } = {}) {
  return tx.collection.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { documents: { where: { deletedAt: null } } } } },
  });
}
