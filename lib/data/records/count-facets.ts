import "server-only";
import { getDb } from "../../server/db";
import type { Prisma } from "../../server/generated/prisma/client";
import type { MetadataSchema } from "../../records/metadata-schema";
import type { RecordFilter } from "../../records/record-filter";
import { recordWhere } from "./record-where";
import { facetFieldsOf } from "./listing-schema";

/** The most values a facet lists, by count. */
export const MAX_FACET_VALUES = 50;

export type Facets = Record<string, { value: string; count: number }[]>;

/**
 * How many of the documents `base` keeps hold each value of each list and entity field, each
 * field counted under every filter but its own (so that choosing a value still shows the others).
 */
export async function countFacets({ base, filter, schema }: { base: Prisma.DocumentWhereInput; filter: RecordFilter; schema: MetadataSchema }): Promise<Facets> {
  const db = getDb();
  const facets: Facets = {};
  for (const field of schema.fields.filter((f) => facetFieldsOf(schema).includes(f.name))) {
    const groups = await db.documentField.groupBy({
      by: ["value"],
      where: { field: field.name, document: { AND: [base, ...recordWhere(filter, schema, field.name)] } },
      _count: { _all: true },
    });
    facets[field.name] = groups
      .map((g) => ({ value: g.value, count: g._count._all }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, MAX_FACET_VALUES);
  }
  return facets;
}
