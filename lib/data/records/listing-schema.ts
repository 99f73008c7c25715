import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import type { MetadataSchema } from "../../records/metadata-schema";
import { parseRecordFilter, type RecordFilter } from "../../records/record-filter";
import { metadataSchemaOf, parseCollectionSettings } from "../collections/collection-settings-shape";

/**
 * The schema a list across documents filters by: one collection's, or across all of them every
 * field by name (the first collection's definition of a name wins), so that a filter on
 * "classification" works over an archive of several collections.
 */
export async function listingSchema({ collectionId }: { collectionId?: string | null }): Promise<MetadataSchema> {
  const rows = await getDb().collection.findMany({ where: collectionId ? { id: collectionId } : {}, select: { settings: true }, orderBy: { createdAt: "asc" } });
  const fields = new Map<string, MetadataSchema["fields"][number]>();
  for (const row of rows) for (const f of metadataSchemaOf(parseCollectionSettings(row.settings)).fields) if (!fields.has(f.name)) fields.set(f.name, f);
  return { fields: [...fields.values()] };
}

/** Query parameters as a record filter over `schema`; 422 naming the parameter when one is wrong. */
export function recordFilterOf(params: ReadonlyMap<string, string[]>, schema: MetadataSchema): RecordFilter {
  const parsed = parseRecordFilter(params, schema);
  if (!parsed.ok) throw new AppError("invalid", parsed.error.message, { field: parsed.error.field });
  return parsed.value;
}
