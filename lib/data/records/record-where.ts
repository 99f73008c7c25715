import "server-only";
import type { Prisma } from "../../server/generated/prisma/client";
import type { MetadataSchema } from "../../records/metadata-schema";
import type { RecordFilter, RedactionFilter } from "../../records/record-filter";
import { unitsAbove } from "../../records/redaction";

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
  if (filter.redaction) conditions.push({ annotations: { some: redactionWhere(filter.redaction) } });
  return conditions;
}

/**
 * A redaction citing one of the codes (the JSON list holds each code quoted) of at least the
 * extent: a larger unit, or the same unit and quantity ("less than" one never reaching it).
 */
function redactionWhere(r: RedactionFilter): Prisma.AnnotationWhereInput {
  const and: Prisma.AnnotationWhereInput[] = [{ tag: "redaction" }];
  if (r.codes) and.push({ OR: r.codes.map((c) => ({ exemptions: { contains: JSON.stringify(c) } })) });
  if (r.atLeast) {
    const { quantity, unit } = r.atLeast;
    and.push({
      OR: [
        { extentUnit: { in: unitsAbove(unit) } },
        { extentUnit: unit, extentAtMost: false, extentQuantity: { gte: quantity } },
        { extentUnit: unit, extentAtMost: true, extentQuantity: { gt: quantity } },
      ],
    });
  }
  return { AND: and };
}
