import "server-only";
import type { Prisma } from "../../server/generated/prisma/client";
import type { MetadataSchema } from "../../records/metadata-schema";
import type { RecordFilter } from "../../records/record-filter";

/**
 * The documents a record filter keeps, as a condition on Document: a value of each filtered
 * field, and a date whose span meets the range (an open end meets everything on its side).
 * `except` leaves one field's condition out, for that field's facet counts.
 */
export function recordWhere(filter: RecordFilter, schema: MetadataSchema, except?: string): Prisma.DocumentWhereInput[] {
  const conditions: Prisma.DocumentWhereInput[] = filter.fields
    .filter((f) => f.field !== except)
    .map((f) => ({ fields: { some: { field: f.field, value: { in: f.values } } } }));
  const dateField = schema.fields.find((f) => f.type === "date")?.name;
  if (dateField && (filter.dateFrom || filter.dateTo)) {
    conditions.push({
      fields: {
        some: {
          field: dateField,
          AND: [
            ...(filter.dateTo ? [{ OR: [{ dateStart: null }, { dateStart: { lte: filter.dateTo } }] }] : []),
            ...(filter.dateFrom ? [{ OR: [{ dateEnd: null }, { dateEnd: { gte: filter.dateFrom } }] }] : []),
          ],
        },
      },
    });
  }
  return conditions;
}
