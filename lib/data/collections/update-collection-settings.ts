import "server-only";
import type { DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { collectionSettingsSchema, parseCollectionSettings, type CollectionSettings } from "./collection-settings-shape";

/**
 * The one read, modify and write of `Collection.settings`, inside the caller's transaction: the
 * stored settings parsed, changed by `change`, checked against the schema and written back.
 * Answers the settings before and after.
 */
export async function updateCollectionSettings({ tx, collectionId, change }: {
  tx: DbTx;
  collectionId: string;
  change: (settings: CollectionSettings) => CollectionSettings;
}): Promise<{ before: CollectionSettings; after: CollectionSettings }> {
  const row = await tx.collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
  if (!row) throw new AppError("not_found", `No collection with id ${collectionId}`);
  const before = parseCollectionSettings(row.settings);
  const after = collectionSettingsSchema.parse(change(structuredClone(before)));
  await tx.collection.update({ where: { id: collectionId }, data: { settings: after as object } });
  return { before, after };
}
