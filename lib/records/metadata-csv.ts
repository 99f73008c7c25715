import { parse } from "csv-parse/sync";
import { err, ok, type Result } from "../result";
import type { MetadataSchema, MetadataValues } from "./metadata-schema";

/**
 * A collection's metadata as CSV: one row per document (its id, title and source reference to
 * recognise it by), one column per schema field, several values of a field joined by "; ".
 * Read back, a row names its document by id (or, failing that, by its source reference), a
 * column its field by name or label; an absent column leaves its field alone, an empty cell
 * clears it.
 */

export const LIST_SEPARATOR = "; ";
/** Columns that name the document rather than a field. */
const KEY_COLUMNS = ["id", "title", "sourceRef"];
/** The most rows one file may hold: a collection's worth, checked in one request. */
export const MAX_CSV_ROWS = 20_000;

export interface CsvRow {
  /** 2 for the first row under the header, as a spreadsheet numbers it. */
  line: number;
  documentId: string | null;
  sourceRef: string | null;
  values: Record<string, string | string[]>;
}

export interface CsvProblem {
  line: number;
  field?: string;
  message: string;
}

/** The header and rows of the CSV, values formula-guarded as the dashboard's downloads are. */
export function metadataCsvRows(schema: MetadataSchema, documents: readonly { id: string; title: string; sourceRef: string | null; metadata: MetadataValues }[]): Record<string, string>[] {
  return documents.map((d) => ({
    id: d.id,
    title: d.title,
    sourceRef: d.sourceRef ?? "",
    ...Object.fromEntries(schema.fields.map((f) => [f.name, [d.metadata[f.name] ?? ""].flat().join(LIST_SEPARATOR)])),
  }));
}

/**
 * Reads an uploaded CSV into rows of values by field name. A header that is neither a key
 * column nor a field (by name or label, any case) is refused by name; so is a file without an
 * id or sourceRef column, or one too large.
 */
export function readMetadataCsv(text: string, schema: MetadataSchema): Result<CsvRow[], CsvProblem> {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: false, skip_empty_lines: true, bom: true }) as string[][];
  } catch (e) {
    return err({ line: Number((e as { lines?: number }).lines ?? 1), message: `The file is not CSV this can read: ${(e as Error).message}` });
  }
  if (records.length === 0) return err({ line: 1, message: "The file is empty: its first row names the columns (id, then fields)" });
  if (records.length - 1 > MAX_CSV_ROWS) return err({ line: MAX_CSV_ROWS + 2, message: `A file holds at most ${MAX_CSV_ROWS} documents` });
  const header = records[0].map((h) => h.trim());
  const columns: (string | null)[] = [];
  for (const h of header) {
    if (KEY_COLUMNS.includes(h)) {
      columns.push(null);
      continue;
    }
    const field = schema.fields.find((f) => f.name === h || f.label.toLowerCase() === h.toLowerCase() || f.name.toLowerCase() === h.toLowerCase());
    if (!field) return err({ line: 1, field: h, message: `Column “${h}” is not a field of this collection (its fields: ${schema.fields.map((f) => f.name).join(", ")})` });
    columns.push(field.name);
  }
  if (!header.includes("id") && !header.includes("sourceRef")) return err({ line: 1, message: "The file needs an id column (or a sourceRef column) to know which document each row is" });
  const at = (row: string[], name: string) => (header.includes(name) ? row[header.indexOf(name)].trim() || null : null);
  return ok(
    records.slice(1).map((row, i) => ({
      line: i + 2,
      documentId: at(row, "id"),
      sourceRef: at(row, "sourceRef"),
      values: Object.fromEntries(columns.flatMap((field, c) => {
        if (!field) return [];
        const f = schema.fields.find((x) => x.name === field)!;
        const cell = unguard(row[c]);
        return [[field, f.type === "choices" || f.type === "identifier" ? cell.split(";").map((v) => v.trim()).filter(Boolean) : cell]];
      })),
    })),
  );
}

/** A cell the export guarded against spreadsheet formulas ("'-3 lines") read as written. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
