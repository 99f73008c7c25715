import type { StatusDay } from "../../metrics/series";

/** The numbers behind a dashboard, one series per chart; GET …/metrics serves them as they are. */
export interface CollectionMetrics {
  collection: { id: string; name: string } | null;
  generatedAt: string;
  /** Each document's error rates: its raw OCR against its current accepted text. */
  documents: { documentId: string; title: string; status: string; headSeq: number; cer: number | null; wer: number | null }[];
  statusOverTime: StatusDay[];
  correctionsPerDay: { date: string; count: number }[];
  correctionsPerPerson: { name: string; revisions: number; charactersChanged: number }[];
  /** The documents marked corrected or approved, and the mean CER their raw OCR had against their accepted text. */
  corrected: { documents: number; meanCer: number | null };
  /** Of the documents marked corrected or approved, by CER (bins of 2 %, the last one 40 % and over). */
  errorRateDistribution: { from: number; to: number; count: number }[];
  errorRatesOverTime: { date: string; cer: number; wer: number; documents: number }[];
  confusions: { from: string; to: string; count: number }[];
  waitingProposals: { proposalId: string; documentId: string; title: string; authorName: string; ageDays: number }[];
  /** Redactions (anchored or not): how many, in how many documents, by exemption code and by extent. */
  redactions: { total: number; documents: number };
  redactionsByCode: { code: string; count: number; documents: number }[];
  redactionsByExtent: { extent: string; count: number }[];
  /** The documents with the most redactions, most first (at most 20). */
  redactionsByDocument: { documentId: string; title: string; count: number }[];
}

/** The series a chart is drawn from and downloaded as (…/metrics?series=…&format=csv). */
export const METRIC_SERIES = [
  "documents", "statusOverTime", "correctionsPerDay", "correctionsPerPerson", "errorRateDistribution", "errorRatesOverTime", "confusions", "waitingProposals", "redactionsByCode", "redactionsByExtent", "redactionsByDocument",
] as const;
export type MetricSeries = (typeof METRIC_SERIES)[number];
