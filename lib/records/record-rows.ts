import { describeEdtf, parseEdtf } from "./edtf";
import type { MetadataField, MetadataSchema, MetadataValues } from "./metadata-schema";

/** A record's filled fields in schema order, each value as the list of strings it holds. */
export function recordRows(record: { fields: readonly MetadataField[]; values: MetadataValues }): { field: MetadataField; values: string[] }[] {
  return record.fields.flatMap((field) => {
    const value = record.values[field.name];
    const values = value === undefined ? [] : [value].flat().filter((v) => v.trim() !== "");
    return values.length ? [{ field, values }] : [];
  });
}

/** A value as a reader reads it: a date in words beside its EDTF, anything else as stored. */
export function readableValue(field: MetadataField, value: string): string {
  return field.type === "date" ? describeEdtf(value) : value;
}

/** The record's first date field, which dates the document (sorting, TEI creation, Dublin Core). */
export const recordDateField = (schema: MetadataSchema): MetadataField | undefined => schema.fields.find((f) => f.type === "date");

/**
 * An EDTF date as W3C attributes (TEI's att.datable.w3c): a plain day, month or year as @when;
 * an interval or unspecified digits as the days it can mean (@from/@to, an open end left out).
 */
export function w3cDateAttributes(edtf: string): Record<string, string> | null {
  const date = parseEdtf(edtf);
  if (!date.ok) return null;
  if (/^\d{4}(-\d\d(-\d\d)?)?$/.test(date.value.edtf.replace(/[?~%]$/, "")) && !date.value.edtf.includes("/")) return { when: date.value.edtf.replace(/[?~%]$/, "") };
  return { ...(date.value.start ? { from: date.value.start } : {}), ...(date.value.end ? { to: date.value.end } : {}) };
}
