import "server-only";
import { getDb, type DbTx } from "../db";
import { recordAudit } from "./audit";
import { AppError } from "../errors";

export const DEFAULT_COLLECTION_NAME = "Default";

/** The collection a document goes into: the named one (which must exist) or the default. */
export async function resolveCollectionId(db: DbTx, collectionId?: string | null): Promise<string> {
  if (collectionId) {
    const found = await db.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!found) throw new AppError("not_found", `No collection with id ${collectionId}`);
    return found.id;
  }
  const collection = await db.collection.upsert({
    where: { name: DEFAULT_COLLECTION_NAME },
    create: { name: DEFAULT_COLLECTION_NAME, settings: {} },
    update: {},
    select: { id: true },
  });
  return collection.id;
}

/** Creates a collection, or answers 409 when the name is taken. */
export async function createCollection(db: DbTx, { name }: { name: string }) {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError("invalid", "A collection needs a name");
  return db.collection.create({ data: { name: trimmed, settings: {} }, select: { id: true, name: true } });
}

export async function listCollections(db: DbTx) {
  return db.collection.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { documents: true } } },
  });
}

/** A collection's name and settings (404 when unknown). */
export async function getCollection(db: DbTx, { id }: { id: string }) {
  const c = await db.collection.findUnique({ where: { id }, select: { id: true, name: true, settings: true } });
  if (!c) throw new AppError("not_found", `No collection with id ${id}`);
  return c;
}

/** Sets the licence text exports carry (TEI publicationStmt, the HTML edition), audited. */
export async function updateCollectionLicence(input: { collectionId: string; licence: string; actorId: string }) {
  const licence = input.licence.trim().slice(0, 2000);
  return getDb().$transaction(async (tx) => {
    const c = await tx.collection.findUnique({ where: { id: input.collectionId }, select: { settings: true } });
    if (!c) throw new AppError("not_found", `No collection with id ${input.collectionId}`);
    const settings = { ...((c.settings as Record<string, unknown> | null) ?? {}), licence };
    await tx.collection.update({ where: { id: input.collectionId }, data: { settings: settings as object } });
    await recordAudit(tx, { actorId: input.actorId, action: "collection.licence", subjectType: "collection", subjectId: input.collectionId, toState: licence || "(none)" });
    return { licence };
  });
}
