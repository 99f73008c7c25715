import { parseEdtf } from "./edtf";
import { englishDate } from "./english-date";
import type { MetadataField, MetadataSchema } from "./metadata-schema";

export interface MetadataSuggestion {
  field: string;
  value: string | string[];
  /** The text the value was read from: UTF-16 offsets in the document's text. */
  evidence: { start: number; end: number; text: string };
}

/** How far into the first page a header runs, in non-empty lines. */
const HEADER_LINES = 24;
/** Lines at the top and bottom of every page where a banner (a classification marking) stands. */
const BANNER_LINES = 3;

/** Header keys that name a field of the default schema without being its label. */
const KEY_ALIASES: Record<string, string> = {
  "report no": "identifiers", "report number": "identifiers", "document no": "identifiers", "doc no": "identifiers", "no": "identifiers",
  from: "originator", to: "addressee", date: "date", dated: "date", "date distr": "date", "date of document": "date",
  "release date": "releaseDate", "date released": "releaseDate",
};

interface Line { text: string; start: number; page: number }

/**
 * Metadata a typescript's header says plainly, each with the line it came from. Precision first:
 * a value is suggested only where a line gives it in a form the field takes; a field read two
 * different ways is left out. What is read:
 * - "KEY: value" lines of the first page's header, KEY being a field's name or label (or a usual
 *   alias: REPORT NO., FROM, TO, DATE), the value taken as the field's type takes it (dates in
 *   English or EDTF, a list's values, one identifier, a name, text with its continuation lines);
 * - lines standing alone in a header or at a page's top or bottom that are a list field's value
 *   ("SECRET", "SECRET - NOFORN", "TELEGRAM", "MEMORANDUM FOR THE RECORD");
 * - a dateline ("Washington, October 12, 1949, 7 p. m.") for the first date field.
 */
export function suggestMetadata(text: string, schema: MetadataSchema): MetadataSuggestion[] {
  const lines = linesOf(text);
  const found = new Map<string, MetadataSuggestion[]>();
  const add = (s: MetadataSuggestion) => found.set(s.field, [...(found.get(s.field) ?? []), s]);
  const pages = [...new Set(lines.map((l) => l.page))];
  const header = lines.filter((l) => l.page === 0).slice(0, HEADER_LINES);

  for (const [i, line] of header.entries()) {
    const keyed = /^(\s*)([A-Za-z][A-Za-z .'/]{0,40}?)\s*:\s+(\S.*)$/.exec(line.text);
    if (!keyed) continue;
    const field = fieldForKey(keyed[2]!, schema);
    if (!field) continue;
    let raw = keyed[3]!.trimEnd();
    const valueStart = line.start + line.text.indexOf(keyed[3]!);
    let end = valueStart + raw.length;
    // Continuation lines: indented, with no key of their own, for text and names.
    if (field.type === "text" || field.type === "entity") {
      for (const next of header.slice(i + 1)) {
        if (!/^\s{4,}\S/.test(next.text) || /^\s*[A-Za-z][A-Za-z .'/]{0,40}:\s/.test(next.text) || next.start > end + next.text.length + 2) break;
        raw += " " + next.text.trim();
        end = next.start + next.text.trimEnd().length;
      }
    }
    const value = valueFor(field, raw);
    if (value !== null) add({ field: field.name, value, evidence: { start: valueStart, end, text: text.slice(valueStart, end) } });
  }

  const standing = [
    ...header.slice(0, 12),
    ...pages.flatMap((p) => {
      const page = lines.filter((l) => l.page === p && l.text.trim());
      return [...page.slice(0, BANNER_LINES), ...page.slice(-BANNER_LINES)];
    }),
  ];
  const seen = new Set<number>();
  for (const line of standing) {
    if (seen.has(line.start)) continue;
    seen.add(line.start);
    const content = line.text.trim();
    if (!content || content.includes(":")) continue;
    for (const part of content.split(/\s+[-–/]{1,2}\s+/)) {
      for (const field of schema.fields.filter((f) => f.values)) {
        const value = field.values!.find((v) => part.toUpperCase() === v.toUpperCase() || part.toUpperCase().startsWith(`${v.toUpperCase()} FOR `));
        if (!value) continue;
        const start = line.start + line.text.indexOf(part);
        add({ field: field.name, value: field.type === "choices" ? [value] : value, evidence: { start, end: start + part.length, text: part } });
      }
    }
  }

  const dateField = schema.fields.find((f) => f.type === "date");
  if (dateField) {
    for (const line of header.slice(0, 12)) {
      const m = /^\s*(?:[^,:]{1,60},\s*)?([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})(?:,[^:]*)?\s*$/.exec(line.text);
      const date = m ? englishDate(m[1]!) : null;
      if (!date) continue;
      const start = line.start + line.text.indexOf(m![1]!);
      add({ field: dateField.name, value: date, evidence: { start, end: start + m![1]!.length, text: m![1]! } });
    }
  }

  const out: MetadataSuggestion[] = [];
  for (const field of schema.fields) {
    const all = found.get(field.name);
    if (!all) continue;
    if (field.type === "choices") {
      const values = [...new Set(all.flatMap((s) => s.value as string[]))];
      out.push({ field: field.name, value: values, evidence: all[0]!.evidence });
      continue;
    }
    const distinct = new Set(all.map((s) => JSON.stringify(s.value)));
    if (distinct.size === 1) out.push(all[0]!);
  }
  return out;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  let start = 0;
  for (const raw of text.split("\n")) {
    const pageBreaks = raw.split("\f");
    page += pageBreaks.length - 1;
    const body = pageBreaks[pageBreaks.length - 1]!;
    lines.push({ text: body, start: start + raw.length - body.length, page });
    start += raw.length + 1;
  }
  return lines;
}

const keyOf = (s: string) => s.toLowerCase().replace(/[.']/g, "").replace(/\s+/g, " ").trim();

function fieldForKey(key: string, schema: MetadataSchema): MetadataField | null {
  const k = keyOf(key);
  const byLabel = schema.fields.find((f) => keyOf(f.label) === k || f.name.toLowerCase() === k.replace(/ /g, ""));
  if (byLabel) return byLabel;
  const alias = KEY_ALIASES[k];
  return alias ? schema.fields.find((f) => f.name === alias) ?? null : null;
}

function valueFor(field: MetadataField, raw: string): string | string[] | null {
  const value = raw.trim().replace(/\s+/g, " ");
  switch (field.type) {
    case "date":
      return parseEdtf(value).ok ? value : englishDate(value);
    case "choice":
      return field.values!.find((v) => v.toUpperCase() === value.toUpperCase()) ?? null;
    case "choices": {
      const parts = value.split(/\s*[,;/]\s*|\s+-\s+/);
      const values = parts.map((p) => field.values!.find((v) => v.toUpperCase() === p.toUpperCase()));
      return values.every(Boolean) ? (values as string[]) : null;
    }
    case "identifier":
      return /^\S{2,200}$/.test(value) ? [value] : null;
    default:
      return value || null;
  }
}
