import { err, ok, type Result } from "../result";

/**
 * A redaction: text withheld from a release, with the exemptions cited for it and how much was
 * withheld. Codes come from the collection's list; the extent is what the release says (a bracket
 * like "[2 names not declassified]") or what a person counted.
 */

/** The codes a collection cites until it edits its own list. */
export const DEFAULT_EXEMPTION_CODES: readonly string[] = [
  ...range(1, 9).map((n) => `(b)(${n})`),
  "(b)(3) CIA Act",
  "(b)(3) NatSecAct",
  ...range(1, 9).map((n) => `25X${n}`),
  ...range(1, 9).map((n) => `50X${n}`),
  "not declassified",
];

/** Units of an extent, smallest first (the order "more than one line" compares by). */
export const EXTENT_UNITS = ["characters", "words", "names", "lines", "paragraphs", "pages", "unknown"] as const;
export type ExtentUnit = (typeof EXTENT_UNITS)[number];

export interface Extent {
  /** Null when the release does not say how much ("[text not declassified]"). */
  quantity: number | null;
  unit: ExtentUnit;
  /** The quantity is an upper bound: "less than 1 line". */
  atMost?: boolean;
}

export const UNKNOWN_EXTENT: Extent = { quantity: null, unit: "unknown" };

export const MAX_EXEMPTIONS = 12;
export const MAX_CODE_LENGTH = 40;

/** "17 lines", "less than 1 line", "2 names", "extent not known". */
export function describeExtent(e: Extent): string {
  if (e.unit === "unknown" || e.quantity === null) return e.unit === "unknown" ? "extent not known" : `${e.unit}, number not known`;
  const unit = e.quantity === 1 ? e.unit.replace(/s$/, "") : e.unit;
  return `${e.atMost ? "less than " : ""}${e.quantity} ${unit}`;
}

/** Whether an extent is at least `min` (a quantity of a unit): a larger unit always is; "less than" never reaches its bound. */
export function extentAtLeast(e: Extent, min: { quantity: number; unit: ExtentUnit }): boolean {
  if (e.unit === "unknown" || min.unit === "unknown") return false;
  if (e.unit !== min.unit) return unitsAbove(min.unit).includes(e.unit);
  if (e.quantity === null) return false;
  return e.atMost ? e.quantity > min.quantity : e.quantity >= min.quantity;
}

/** The units larger than `unit` (not "unknown"): an extent in one of them always exceeds any quantity of `unit`. */
export function unitsAbove(unit: ExtentUnit): ExtentUnit[] {
  return EXTENT_UNITS.slice(EXTENT_UNITS.indexOf(unit) + 1).filter((u) => u !== "unknown");
}

/** "2 lines", "1 line", "3 pages": the form a search filter for a least extent takes. */
export function parseExtentBound(text: string): Result<{ quantity: number; unit: ExtentUnit }, string> {
  const m = /^\s*(\d{1,5})\s+([a-z]+)\s*$/i.exec(text);
  const unit = m ? unitOf(m[2]) : null;
  if (!m || !unit || unit === "unknown") return err(`“${text}” is not an extent like “2 lines” (units: ${EXTENT_UNITS.filter((u) => u !== "unknown").join(", ")})`);
  return ok({ quantity: Number(m[1]), unit });
}

/**
 * Checks a redaction's codes against the collection's list (matched without regard to case or
 * spacing, answered in the list's spelling) and its extent; a problem names what is wrong.
 */
export function checkRedaction(input: { exemptions?: readonly string[]; extent?: Extent | null }, codes: readonly string[]): Result<{ exemptions: string[]; extent: Extent }, string> {
  const exemptions: string[] = [];
  for (const raw of input.exemptions ?? []) {
    const code = canonicalCode(raw, codes);
    if (!code) return err(`“${raw.slice(0, MAX_CODE_LENGTH)}” is not an exemption code of this collection (it cites ${codes.slice(0, 6).join(", ")}…)`);
    if (!exemptions.includes(code)) exemptions.push(code);
  }
  if (exemptions.length > MAX_EXEMPTIONS) return err(`A redaction cites at most ${MAX_EXEMPTIONS} exemptions`);
  const extent = input.extent ?? UNKNOWN_EXTENT;
  if (!EXTENT_UNITS.includes(extent.unit)) return err(`The extent's unit is one of ${EXTENT_UNITS.join(", ")}`);
  if (extent.quantity !== null && !(Number.isFinite(extent.quantity) && extent.quantity > 0 && extent.quantity <= 100_000)) return err("The extent's quantity is a positive number");
  if (extent.unit === "unknown" && extent.quantity !== null) return err("An extent of unknown unit has no quantity");
  return ok({ exemptions, extent: { quantity: extent.quantity, unit: extent.unit, ...(extent.atMost ? { atMost: true } : {}) } });
}

/** Checks an edited code list: codes of a sane length, none twice. */
export function checkExemptionCodes(codes: readonly string[]): string | null {
  if (codes.length === 0) return "The list needs at least one exemption code";
  if (codes.length > 200) return "The list holds at most 200 codes";
  const seen = new Set<string>();
  for (const c of codes) {
    if (!c.trim() || c.length > MAX_CODE_LENGTH) return `An exemption code is 1 to ${MAX_CODE_LENGTH} characters: “${c.slice(0, 60)}”`;
    const key = codeKey(c);
    if (seen.has(key)) return `“${c}” is in the list twice`;
    seen.add(key);
  }
  return null;
}

/** The list's spelling of a code, matched without regard to case or spaces ("(B) (1)" is "(b)(1)"). */
export function canonicalCode(code: string, codes: readonly string[]): string | null {
  const key = codeKey(code);
  return codes.find((c) => codeKey(c) === key) ?? null;
}

const codeKey = (code: string) => code.toLowerCase().replace(/\s+/g, "");

/** A unit's name as written, singular or plural, as an extent unit. */
export function unitOf(word: string): ExtentUnit | null {
  const w = word.toLowerCase().replace(/s$/, "");
  const found = EXTENT_UNITS.find((u) => u.replace(/s$/, "") === w);
  return found ?? (w === "char" ? "characters" : null);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A redaction's codes and extent as the annotation's columns store them (the codes as a JSON list). */
export function redactionColumns(value: { exemptions: readonly string[]; extent: Extent }) {
  return { exemptions: JSON.stringify(value.exemptions), extentQuantity: value.extent.quantity, extentUnit: value.extent.unit, extentAtMost: !!value.extent.atMost };
}

/** The columns read back; anything malformed reads as no codes and an unknown extent. */
export function redactionOfColumns(r: { exemptions: string | null; extentQuantity: number | null; extentUnit: string | null; extentAtMost: boolean }): { exemptions: string[]; extent: Extent } {
  let exemptions: string[] = [];
  try {
    const list = JSON.parse(r.exemptions ?? "[]");
    if (Array.isArray(list)) exemptions = list.filter((c): c is string => typeof c === "string");
  } catch {
    // Left empty: a hand-edited row never stops a document from opening.
  }
  const unit = EXTENT_UNITS.includes(r.extentUnit as ExtentUnit) ? (r.extentUnit as ExtentUnit) : "unknown";
  const quantity = unit === "unknown" ? null : r.extentQuantity;
  return { exemptions, extent: { quantity, unit, ...(r.extentAtMost ? { atMost: true } : {}) } };
}

/** "(b)(1); 25X1, 2 names, found on import": what a reader is told about a redaction (null for another tag). */
export function redactionSummary(a: { tag: string; exemptions?: readonly string[]; extent?: Extent; source?: string }): string | null {
  if (a.tag !== "redaction") return null;
  const parts = [a.exemptions?.length ? a.exemptions.join("; ") : "no exemption cited", a.extent && a.extent.unit !== "unknown" ? describeExtent(a.extent) : null, a.source === "import" ? "found on import" : null];
  return parts.filter(Boolean).join(", ");
}

/** Where an extent falls for counting: its unit, and for lines whether under one, one to five, or more. */
export function extentBucket(e: Extent): string {
  if (e.unit === "unknown" || e.quantity === null) return e.unit === "unknown" ? "extent not known" : `${e.unit}, number not known`;
  if (e.unit !== "lines") return e.unit;
  if (e.atMost ? e.quantity <= 1 : e.quantity < 1) return "less than a line";
  return e.quantity <= 5 ? "1 to 5 lines" : "more than 5 lines";
}

/**
 * Redactions counted by exemption code (how many, in how many documents; a redaction citing
 * two codes counts under each) and by extent, most first.
 */
export function countRedactions(rows: readonly { documentId: string; exemptions: readonly string[]; extent: Extent }[]) {
  const byCode = new Map<string, { count: number; documents: Set<string> }>();
  const byExtent = new Map<string, number>();
  for (const r of rows) {
    for (const code of r.exemptions.length ? r.exemptions : ["no exemption cited"]) {
      const entry = byCode.get(code) ?? { count: 0, documents: new Set<string>() };
      entry.count++;
      entry.documents.add(r.documentId);
      byCode.set(code, entry);
    }
    const bucket = extentBucket(r.extent);
    byExtent.set(bucket, (byExtent.get(bucket) ?? 0) + 1);
  }
  return {
    total: rows.length,
    documents: new Set(rows.map((r) => r.documentId)).size,
    byCode: [...byCode].map(([code, e]) => ({ code, count: e.count, documents: e.documents.size })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    byExtent: [...byExtent].map(([extent, count]) => ({ extent, count })).sort((a, b) => b.count - a.count || a.extent.localeCompare(b.extent)),
  };
}
