import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import type { MetadataSchema } from "../../records/metadata-schema";
import { parseRecordFilter, type RecordFilter } from "../../records/record-filter";
import { exemptionCodesOf, metadataSchemaOf, parseCollectionSettings } from "../collections/collection-settings-shape";

/**
 * The schema a list across documents filters by: one collection's, or across all of them every
 * field by name (the first collection's definition of a name wins), so that a filter on
 * "classification" works over an archive of several collections; with the exemption codes of all.
 */
export async function listingSchema({ collectionId }: { collectionId?: string | null }): Promise<ListingSchema> {
  const rows = await getDb().collection.findMany({ where: collectionId ? { id: collectionId } : {}, select: { settings: true }, orderBy: { createdAt: "asc" } });
  const fields = new Map<string, MetadataSchema["fields"][number]>();
  const codes = new Set<string>();
  for (const row of rows) {
    const settings = parseCollectionSettings(row.settings);
    for (const f of metadataSchemaOf(settings).fields) if (!fields.has(f.name)) fields.set(f.name, f);
    for (const c of exemptionCodesOf(settings)) codes.add(c);
  }
  return { fields: [...fields.values()], exemptionCodes: [...codes] };
}

export type ListingSchema = MetadataSchema & { exemptionCodes: string[] };

/** Query parameters as a record filter over `schema`; 422 naming the parameter when one is wrong. */
export function recordFilterOf(params: ReadonlyMap<string, string[]>, schema: ListingSchema): RecordFilter {
  const parsed = parseRecordFilter(params, schema, schema.exemptionCodes);
  if (!parsed.ok) throw new AppError("invalid", parsed.error.message, { field: parsed.error.field });
  return parsed.value;
}

/** The fields that facets count: those whose values come from a list or the entity registry. */
export const facetFieldsOf = (schema: MetadataSchema): string[] => schema.fields.filter((f) => f.type === "choice" || f.type === "choices" || f.type === "entity").map((f) => f.name);
