import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import type { MetadataSchema } from "../../records/metadata-schema";
import { exemptionCodesOf, metadataSchemaOf, parseCollectionSettings, type CollectionSettings } from "../collections/collection-settings-shape";

export type CollectionSchema = MetadataSchema & { exemptionCodes: string[] };

/**
 * A collection's metadata schema (its own, or the default for declassified records) and the
 * exemption codes its redactions cite; 404 for an unknown collection.
 */
export async function getMetadataSchema({ collectionId, tx: db = getDb() }: { collectionId: string; tx?: DbTx }): Promise<CollectionSchema> {
  const row = await db.collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
  if (!row) throw new AppError("not_found", `No collection with id ${collectionId}`);
  return collectionSchemaOf(parseCollectionSettings(row.settings));
}

export const collectionSchemaOf = (settings: CollectionSettings): CollectionSchema => ({ ...metadataSchemaOf(settings), exemptionCodes: [...exemptionCodesOf(settings)] });
