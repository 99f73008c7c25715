import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import type { MetadataSchema } from "../../records/metadata-schema";
import { metadataSchemaOf, parseCollectionSettings } from "../collections/collection-settings-shape";

/** A collection's metadata schema: its own, or the default for declassified records; 404 for an unknown collection. */
export async function getMetadataSchema({ collectionId, tx: db = getDb() }: { collectionId: string; tx?: DbTx }): Promise<MetadataSchema> {
  const row = await db.collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
  if (!row) throw new AppError("not_found", `No collection with id ${collectionId}`);
  return metadataSchemaOf(parseCollectionSettings(row.settings));
}
