import { err, ok, type Result } from "../result";
import { parseEdtf } from "./edtf";

/**
 * A collection's metadata schema: the fields its records are described by, each with a type, a
 * label and help. Values are checked against it wherever they come from (the form, the API, a
 * CSV, a suggestion accepted), so that facets count what is really there.
 */
export const FIELD_TYPES = ["text", "date", "choice", "choices", "identifier", "entity"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: "Text",
  date: "Date or date range (EDTF)",
  choice: "One of a list",
  choices: "Several of a list",
  identifier: "Identifiers",
  entity: "Person or organisation (from Entities)",
};

export interface MetadataField {
  /** The key in the API and in CSV headers: a letter, then letters and digits. */
  name: string;
  label: string;
  type: FieldType;
  /** The list a choice field offers. */
  values?: string[];
  help?: string;
  /** A text field of several lines (notes), edited in a larger box; its line breaks are kept. */
  multiline?: boolean;
}

export interface MetadataSchema {
  fields: MetadataField[];
}

/** A field's value as stored: one string, or several for `choices` and `identifier`. */
export type FieldValue = string | string[];
export type MetadataValues = Record<string, FieldValue>;

export const FIELD_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;
/** Names the API's `metadata` already uses for other things: what import recorded about the file. */
const RESERVED = new Set(["import"]);
const MAX_TEXT = 4000;
const MAX_LIST = 50;

/** The default schema, for declassified government records. */
export const RECORD_SCHEMA: MetadataSchema = {
  fields: [
    { name: "date", label: "Date", type: "date", help: "The document's date as EDTF: 1954-03-30, 1954-03, 1954, or a range 1953/1954; ? uncertain, ~ approximate" },
    {
      name: "classification", label: "Classification", type: "choice",
      values: ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"],
      help: "The highest marking on the document as released",
    },
    {
      name: "caveats", label: "Caveats", type: "choices",
      values: ["NOFORN", "NOCONTRACT", "ORCON", "EYES ONLY", "LIMITED DISTRIBUTION", "SECURITY INFORMATION", "CONTROL", "SENSITIVE"],
      help: "Dissemination controls and other markings beside the classification",
    },
    { name: "originator", label: "Originator", type: "entity", help: "Who wrote or sent it: a person or an organisation in Entities" },
    { name: "addressee", label: "Addressee", type: "entity", help: "Who it was sent to" },
    {
      name: "type", label: "Document type", type: "choice",
      values: ["memorandum", "telegram", "information report", "letter", "estimate", "minutes", "report", "cable", "note"],
    },
    { name: "identifiers", label: "Identifiers", type: "identifier", help: "Archive and release numbers, e.g. CSDB-18851 or CIA-RDP80-00810A003500580009-2" },
    { name: "releaseDate", label: "Release date", type: "date", help: "When this release was made public" },
    { name: "releaseDecision", label: "Release decision", type: "choice", values: ["released in full", "released in part", "denied"] },
    { name: "language", label: "Language", type: "text", help: "The document's language, e.g. English or eng" },
    { name: "notes", label: "Notes", type: "text", multiline: true },
  ],
};

export interface FieldProblem {
  field: string;
  message: string;
}

/** Checks a schema as an admin sends it: names, labels, types, and the lists of choice fields. */
export function checkSchema(schema: MetadataSchema): Result<MetadataSchema, FieldProblem> {
  const seen = new Set<string>();
  const fields: MetadataField[] = [];
  for (const [i, f] of schema.fields.entries()) {
    const field = typeof f?.name === "string" ? f.name : `field ${i + 1}`;
    if (!FIELD_NAME.test(f?.name ?? "")) return err({ field, message: `The name “${field}” must start with a lower-case letter and hold only letters and digits (at most 40)` });
    if (RESERVED.has(f.name)) return err({ field, message: `“${f.name}” is taken by what import records about a file: choose another name` });
    if (seen.has(f.name)) return err({ field, message: `Two fields are named “${f.name}”` });
    seen.add(f.name);
    if (!(FIELD_TYPES as readonly string[]).includes(f.type)) return err({ field, message: `“${f.type}” is not a field type (${FIELD_TYPES.join(", ")})` });
    const label = typeof f.label === "string" ? f.label.trim() : "";
    if (!label || label.length > 80) return err({ field, message: "A field needs a label of at most 80 characters" });
    const help = typeof f.help === "string" && f.help.trim() ? f.help.trim().slice(0, 500) : undefined;
    if (f.type === "choice" || f.type === "choices") {
      const values = Array.isArray(f.values) ? f.values.map((v) => (typeof v === "string" ? v.trim() : "")) : [];
      if (values.length === 0 || values.some((v) => !v || v.length > 80)) return err({ field, message: "A list field needs its values, each of 1 to 80 characters" });
      if (new Set(values).size !== values.length) return err({ field, message: "A list field's values must differ from each other" });
      fields.push({ name: f.name, label, type: f.type, values, ...(help ? { help } : {}) });
    } else fields.push({ name: f.name, label, type: f.type, ...(help ? { help } : {}), ...(f.type === "text" && f.multiline === true ? { multiline: true } : {}) });
  }
  return ok({ fields });
}

/**
 * What a schema change would do to values already stored (`inUse`: how many documents hold a
 * value of each field, and which list values they use). A field that holds values keeps its
 * type and its used list values, and is not removed: changing them would silently reinterpret
 * or drop what people entered. Clear those values first.
 */
export function checkSchemaChange(
  before: MetadataSchema,
  after: MetadataSchema,
  inUse: ReadonlyMap<string, { documents: number; values: ReadonlySet<string> }>,
): Result<null, FieldProblem> {
  for (const old of before.fields) {
    const used = inUse.get(old.name);
    if (!used || used.documents === 0) continue;
    const next = after.fields.find((f) => f.name === old.name);
    const holds = `${used.documents} document${used.documents === 1 ? "" : "s"} hold${used.documents === 1 ? "s" : ""} a value of “${old.label}”`;
    if (!next) return err({ field: old.name, message: `${holds}: clear them before removing the field` });
    if (next.type !== old.type) return err({ field: old.name, message: `${holds}: clear them before changing its type from ${old.type} to ${next.type}` });
    if (next.values) {
      const dropped = [...used.values].filter((v) => !next.values!.includes(v));
      if (dropped.length) return err({ field: old.name, message: `${holds} that the new list leaves out (${dropped.map((v) => `“${v}”`).join(", ")}): change those documents first` });
    }
  }
  return ok(null);
}

/**
 * Checks and normalises values for a schema: each known field's value for its type; an empty
 * value (blank, or an empty list) removes the field. `entityNames` resolves an entity field's
 * name to the registry's own spelling (case and spacing aside), or null when there is none.
 * Unknown fields are refused by name, so a typo is not stored as a field nobody sees.
 */
export function checkValues(
  schema: MetadataSchema,
  values: Record<string, unknown>,
  entityName: (name: string) => string | null,
): Result<{ set: MetadataValues; cleared: string[] }, FieldProblem> {
  const set: MetadataValues = {};
  const cleared: string[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const field = schema.fields.find((f) => f.name === name);
    if (!field) return err({ field: name, message: `This collection's schema has no field “${name}” (it has ${schema.fields.map((f) => f.name).join(", ")})` });
    const checked = checkValue(field, raw, entityName);
    if (!checked.ok) return err({ field: name, message: checked.error });
    if (checked.value === null) cleared.push(name);
    else set[name] = checked.value;
  }
  return ok({ set, cleared });
}

function checkValue(field: MetadataField, raw: unknown, entityName: (name: string) => string | null): Result<FieldValue | null, string> {
  const many = field.type === "choices" || field.type === "identifier";
  if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return ok(null);
  if (many) {
    const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(";") : null;
    if (!list || list.some((v) => typeof v !== "string")) return err(`${field.label} takes a list of text values`);
    const items = [...new Set((list as string[]).map((v) => v.trim()).filter(Boolean))];
    if (items.length > MAX_LIST) return err(`${field.label} takes at most ${MAX_LIST} values`);
    if (items.length === 0) return ok(null);
    if (field.type === "choices") {
      const unknown = items.filter((v) => !field.values!.includes(v));
      if (unknown.length) return err(`${field.label} has no value ${unknown.map((v) => `“${v}”`).join(", ")} (it offers ${field.values!.join(", ")})`);
    } else if (items.some((v) => v.length > 200 || /\s/.test(v))) return err(`Each of ${field.label} is one code of at most 200 characters, without spaces`);
    return ok(items);
  }
  if (typeof raw !== "string") return err(`${field.label} takes one text value`);
  // A multi-line field keeps its line breaks; any other value has its runs of space made one.
  const value = field.multiline ? raw.trim() : raw.trim().replace(/\s+/g, " ");
  if (!value) return ok(null);
  if (value.length > MAX_TEXT) return err(`${field.label} holds at most ${MAX_TEXT} characters`);
  switch (field.type) {
    case "date": {
      const date = parseEdtf(value);
      return date.ok ? ok(date.value.edtf) : err(`${field.label}: ${date.error}`);
    }
    case "choice":
      return field.values!.includes(value) ? ok(value) : err(`${field.label} has no value “${value}” (it offers ${field.values!.join(", ")})`);
    case "entity": {
      const name = entityName(value);
      return name ? ok(name) : err(`${field.label}: “${value}” is not in Entities; add it there first`);
    }
    default:
      return ok(value);
  }
}
