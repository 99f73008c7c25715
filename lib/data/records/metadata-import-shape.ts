import type { CsvProblem } from "../../records/metadata-csv";

/** What checking (or applying) a CSV of a collection's metadata found. */
export interface MetadataImportReport {
  rows: number;
  /** Documents whose metadata the file changes (or changed, once applied). */
  changed: number;
  applied: boolean;
  /** Every problem, by line and field: a file with any is applied not at all. */
  errors: CsvProblem[];
}
