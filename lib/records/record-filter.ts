import { err, ok, type Result } from "../result";
import { boundOf } from "./edtf";
import { canonicalCode, DEFAULT_EXEMPTION_CODES, parseExtentBound, type ExtentUnit } from "./redaction";
import type { FieldProblem, MetadataSchema } from "./metadata-schema";

/**
 * Which records a list or a search keeps, by their metadata: values per field (any of them
 * matches; several fields must all match) and a date range on the schema's first date field.
 */
export interface RecordFilter {
  fields: { field: string; values: string[] }[];
  /** Days (ISO), both included; a record matches when its date's span meets the range. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Documents with a redaction citing any of `codes` (any redaction when null) of at least an extent. */
  redaction?: RedactionFilter;
}

export interface RedactionFilter {
  codes: string[] | null;
  atLeast: { quantity: number; unit: ExtentUnit } | null;
}

export const NO_FILTER: RecordFilter = { fields: [], dateFrom: null, dateTo: null };

/** Whether a filter keeps every document. */
export const filtersNothing = (f: RecordFilter) => f.fields.length === 0 && f.dateFrom === null && f.dateTo === null && !f.redaction;

/** Query parameters that are not metadata fields (the list's own, and search's). */
const OWN_PARAMETERS = new Set(["q", "cursor", "limit", "collectionId", "sort", "deleted", "tagEntity", "mode", "scope", "tag", "status", "entityId", "case", "facets", "dateFrom", "dateTo", "redaction", "redactionExtent", "assignee"]);

/**
 * The filter that query parameters ask for: `dateFrom`/`dateTo` (EDTF: 1950, 1955-06,
 * 1954-03-30) and any schema field by name, a value each, repeated or comma-separated for
 * several; `redaction` (exemption codes, or "any") and `redactionExtent` (at least "2 lines").
 * A field the schema does not have, a value a list field does not offer, a code not in
 * `codes`, or a date that is not one, is refused by name.
 */
export function parseRecordFilter(params: ReadonlyMap<string, string[]>, schema: MetadataSchema, codes: readonly string[] = DEFAULT_EXEMPTION_CODES): Result<RecordFilter, FieldProblem> {
  const fields: RecordFilter["fields"] = [];
  for (const [name, raw] of params) {
    if (OWN_PARAMETERS.has(name)) continue;
    const field = schema.fields.find((f) => f.name === name);
    if (!field) return err({ field: name, message: `There is no field or parameter “${name}” (fields: ${schema.fields.map((f) => f.name).join(", ")})` });
    const values = [...new Set(raw.flatMap((v) => (field.type === "text" ? [v] : v.split(","))).map((v) => v.trim()).filter(Boolean))];
    if (values.length === 0) continue;
    if (field.values) {
      const unknown = values.filter((v) => !field.values!.includes(v));
      if (unknown.length) return err({ field: name, message: `${field.label} has no value ${unknown.map((v) => `“${v}”`).join(", ")} (it offers ${field.values.join(", ")})` });
    }
    fields.push({ field: name, values });
  }
  const bound = (name: "dateFrom" | "dateTo", side: "from" | "to"): Result<string | null, FieldProblem> => {
    const text = params.get(name)?.[0]?.trim();
    if (!text) return ok(null);
    const day = boundOf(text, side);
    return day.ok ? ok(day.value) : err({ field: name, message: `${name}: ${day.error}` });
  };
  const from = bound("dateFrom", "from");
  if (!from.ok) return from;
  const to = bound("dateTo", "to");
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) return err({ field: "dateFrom", message: "dateFrom is after dateTo" });
  const redaction = redactionFilter(params, codes);
  if (!redaction.ok) return redaction;
  return ok({ fields, dateFrom: from.value, dateTo: to.value, ...(redaction.value ? { redaction: redaction.value } : {}) });
}

function redactionFilter(params: ReadonlyMap<string, string[]>, codes: readonly string[]): Result<RedactionFilter | null, FieldProblem> {
  const asked = (params.get("redaction") ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  const extent = params.get("redactionExtent")?.[0]?.trim();
  if (asked.length === 0 && !extent) return ok(null);
  let found: string[] | null = null;
  if (asked.length && !asked.some((v) => v.toLowerCase() === "any")) {
    found = [];
    for (const v of asked) {
      const code = canonicalCode(v, codes);
      if (!code) return err({ field: "redaction", message: `“${v}” is not an exemption code (use one of ${codes.slice(0, 6).join(", ")}…, or “any”)` });
      found.push(code);
    }
  }
  if (!extent) return ok({ codes: found, atLeast: null });
  const atLeast = parseExtentBound(extent);
  return atLeast.ok ? ok({ codes: found, atLeast: atLeast.value }) : err({ field: "redactionExtent", message: atLeast.error });
}

/** Query parameters as the filter reads them: each name with all its values. */
export function parametersOf(search: URLSearchParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of search) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}

/** A page's search parameters (Next's object of strings and arrays) as the filter reads them, empty values left out. */
export function pageParameters(given: Record<string, string | string[] | undefined>): Map<string, string[]> {
  return new Map(Object.entries(given).flatMap(([k, v]) => {
    const values = v === undefined ? [] : [v].flat().filter((x) => x !== "");
    return values.length ? [[k, values] as const] : [];
  }));
}
