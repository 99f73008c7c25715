import "server-only";
import { getDb } from "../../server/db";
import type { SuggestModel } from "../../suggest/model";
import { fromCountRows } from "../learning/model-rows-shape";

const cache = new Map<string, { version: number; model: SuggestModel }>();

/**
 * A collection's suggestion model. Kept per process and read again only when the collection's
 * suggestion version moved (any process's save bumps it), so a suggestions request reads one
 * number, not every count.
 */
export async function loadModel({ collectionId }: { collectionId: string }): Promise<SuggestModel> {
  const db = getDb();
  const row = await db.collection.findUnique({ where: { id: collectionId }, select: { suggestionVersion: true } });
  const version = row?.suggestionVersion ?? 0;
  const hit = cache.get(collectionId);
  if (hit && hit.version === version) return hit.model;
  const rows = await db.suggestionCount.findMany({ where: { collectionId }, select: { kind: true, key: true, value: true, count: true } });
  const model = fromCountRows(rows);
  cache.set(collectionId, { version, model });
  return model;
}
