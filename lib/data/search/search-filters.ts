import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import type { DocumentStatus } from "../../review/transitions";
import type { SearchInput } from "./search-shape";
import type { RedactionFilter } from "../../records/record-filter";
import { unitsAbove } from "../../records/redaction";

/** The document filters of a search as one SQL condition on "Document" d. */
export function filterSql(input: Pick<SearchInput, "collectionId" | "status" | "tag" | "entityId" | "record">): Prisma.Sql {
  const parts = [Prisma.sql`d."deletedAt" IS NULL`];
  if (input.collectionId) parts.push(Prisma.sql`d."collectionId" = ${input.collectionId}`);
  if (input.status) parts.push(Prisma.sql`d."status" = ${input.status}`);
  if (input.tag) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" a WHERE a."documentId" = d."id" AND a."tag" = ${input.tag})`);
  if (input.entityId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" a WHERE a."documentId" = d."id" AND a."entityId" = ${input.entityId})`);
  // Metadata, as the documents list filters it (lib/data/records/record-where): a value of each
  // field, and a date whose span meets the range, an open end meeting everything on its side.
  const record = input.record;
  for (const f of record?.filter.fields ?? []) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "DocumentField" m WHERE m."documentId" = d."id" AND m."field" = ${f.field} AND m."value" IN (${Prisma.join(f.values)}))`);
  }
  if (record?.dateField && (record.filter.dateFrom || record.filter.dateTo)) {
    const to = record.filter.dateTo ? Prisma.sql`(m."dateStart" IS NULL OR m."dateStart" <= ${record.filter.dateTo})` : Prisma.sql`1 = 1`;
    const from = record.filter.dateFrom ? Prisma.sql`(m."dateEnd" IS NULL OR m."dateEnd" >= ${record.filter.dateFrom})` : Prisma.sql`1 = 1`;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "DocumentField" m WHERE m."documentId" = d."id" AND m."field" = ${record.dateField} AND ${to} AND ${from})`);
  }
  if (record?.filter.redaction) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" a WHERE a."documentId" = d."id" AND ${redactionSql(record.filter.redaction)})`);
  return Prisma.join(parts, " AND ");
}

/** A redaction annotation "a" that the filter keeps, as lib/data/records/record-where says it. */
function redactionSql(r: RedactionFilter): Prisma.Sql {
  const parts = [Prisma.sql`a."tag" = 'redaction'`];
  // The JSON list holds each code quoted; LIKE's own characters in a code are escaped.
  if (r.codes) parts.push(Prisma.sql`(${Prisma.join(r.codes.map((c) => Prisma.sql`a."exemptions" LIKE ${`%${JSON.stringify(c).replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'`), " OR ")})`);
  if (r.atLeast) {
    const above = unitsAbove(r.atLeast.unit);
    const { quantity, unit } = r.atLeast;
    parts.push(Prisma.sql`(${above.length ? Prisma.sql`a."extentUnit" IN (${Prisma.join(above)}) OR ` : Prisma.empty}(a."extentUnit" = ${unit} AND ((a."extentAtMost" = ${false} AND a."extentQuantity" >= ${quantity}) OR (a."extentAtMost" = ${true} AND a."extentQuantity" > ${quantity}))))`);
  }
  return Prisma.join(parts, " AND ");
}

/** Statuses whose text nobody has finished correcting: their OCR may hide matches. */
export const UNCORRECTED: DocumentStatus[] = ["raw", "in_progress"];
