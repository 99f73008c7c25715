import type { MergeSegment } from "../../review/merge-words";

/** Two keyings of a document ready for a reviewer's decisions. */
export interface KeyingView {
  documentId: string;
  baseSeq: number;
  a: { proposalId: string; author: string };
  b: { proposalId: string; author: string };
  segments: MergeSegment[];
  agreement: number;
  disagreements: number;
}
