import "server-only";
import { sqlDate } from "../raw-values";

/** Fields of a document in lists and API answers: never the texts, which can be megabytes. */
export const DOCUMENT_SUMMARY_SELECT = {
  id: true,
  title: true,
  sourceRef: true,
  status: true,
  statusReason: true,
  headSeq: true,
  collectionId: true,
  createdAt: true,
  updatedAt: true,
} as const;

interface SummaryRow {
  id: string;
  title: string;
  sourceRef: string | null;
  status: string;
  /** Why the status last fell back, e.g. "The text changed after it was approved". */
  statusReason: string | null;
  headSeq: number;
  collectionId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A document as lists and the API show it: dates as ISO strings, the revision count flattened. */
export type DocumentSummary = Omit<SummaryRow, "createdAt" | "updatedAt"> & {
  createdAt: string;
  updatedAt: string;
  /** Revisions after the raw OCR (seq 0 is not counted). */
  revisionCount: number;
};

/** The summary columns as plain SQL ($queryRaw) answers them: SQLite's integers and dates as stored. */
export interface SummarySqlRow {
  id: string;
  title: string;
  sourceRef: string | null;
  status: string;
  statusReason: string | null;
  headSeq: number | bigint;
  collectionId: string;
  createdAt: unknown;
  updatedAt: unknown;
}

/** A summary from a plain SQL row. */
export const sqlDocumentSummary = (row: SummarySqlRow): DocumentSummary =>
  toDocumentSummary({ ...row, headSeq: Number(row.headSeq), createdAt: sqlDate(row.createdAt), updatedAt: sqlDate(row.updatedAt) });

export function toDocumentSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    sourceRef: row.sourceRef,
    status: row.status,
    statusReason: row.statusReason,
    headSeq: row.headSeq,
    collectionId: row.collectionId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    // Seqs run 0..headSeq without gaps (every save, approval and revert adds the next one), so
    // the count of saved corrections is headSeq itself: no COUNT over the revisions per row.
    revisionCount: row.headSeq,
  };
}
