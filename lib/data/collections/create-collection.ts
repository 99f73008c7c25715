import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";

/** Creates a collection; a taken name answers 409 (Prisma's P2002, through the error mapper). */
export async function createCollection({ name, tx = getDb() }: { name: string; tx?: DbTx }) {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError("invalid", "A collection needs a name");
  return tx.collection.create({ data: { name: trimmed, settings: {} }, select: { id: true, name: true } });
}
