import { AUTHOR_SELECT, authorFields, type AuthorRow } from "../users/author-ref";

export interface RevisionSummary {
  seq: number;
  parentSeq: number | null;
  author: string | null;
  authorName: string;
  message: string;
  createdAt: string;
  sha256: string;
  length: number;
  stats: { inserted: number; deleted: number };
  /** False when the text equals the head: nothing was stored. */
  created: boolean;
  /** How the document's annotations fared in this revision (absent when nothing was stored). */
  annotations?: { anchored: number; fuzzy: number; orphaned: number };
}

export const REVISION_SUMMARY_SELECT = {
  seq: true, parentSeq: true, author: AUTHOR_SELECT, message: true, createdAt: true, sha256: true, length: true, inserted: true, deleted: true,
} as const;

export function toRevisionSummary(row: {
  seq: number;
  parentSeq: number | null;
  author: AuthorRow;
  message: string;
  createdAt: Date;
  sha256: string;
  length: number;
  inserted: number;
  deleted: number;
}): Omit<RevisionSummary, "created"> {
  return {
    seq: row.seq,
    parentSeq: row.parentSeq,
    ...authorFields(row.author),
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    sha256: row.sha256,
    length: row.length,
    stats: { inserted: row.inserted, deleted: row.deleted },
  };
}

