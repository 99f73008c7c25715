import "server-only";
import { z } from "zod";
import { LEGACY_ENCODINGS } from "../../text/legacy-encoding";
import { parseJsonColumn, sqlDate } from "../raw-values";

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

/**
 * `Document.metadata`: what import recorded about the file (lib/text/import-text ImportFacts).
 * Every fact is optional here, so that a document imported before a fact existed still reads.
 */
export const documentMetadataColumn = z.object({
  import: z.object({
    fileName: z.string().optional(),
    byteLength: z.number().optional(),
    bomStripped: z.boolean().optional(),
    lineEndings: z.object({ crlf: z.number(), cr: z.number() }).optional(),
    convertedFrom: z.enum(LEGACY_ENCODINGS).optional(),
    ocrLanguage: z.string().optional(),
  }).optional(),
});
export type DocumentMetadata = z.infer<typeof documentMetadataColumn>;

export const parseDocumentMetadata = (value: unknown): DocumentMetadata => parseJsonColumn(documentMetadataColumn, value ?? {}, "Document.metadata");
