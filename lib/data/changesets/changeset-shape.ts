import { z } from "zod";
import { parseJsonColumn } from "../raw-values";
import type { Edit } from "../../changesets/plan";
import type { SearchMode } from "../../search/query";

export type ChangesetKind = "commit" | "propose";
/** applying → applied (commit) or proposed (propose); reverting → reverted. */
export type ChangesetStatus = "applying" | "applied" | "proposed" | "reverting" | "reverted";
/** pending → applied | proposed | skipped; applied → reverted | revert_conflict. */
export type ChangesetDocumentStatus = "pending" | "applied" | "proposed" | "skipped" | "reverted" | "revert_conflict";

export interface ChangesetInput {
  query: string;
  mode: SearchMode;
  caseSensitive?: boolean;
  collectionId?: string | null;
  replacement: string;
  message?: string;
  /** Hit ids (from the search or the preview) to leave out. */
  exclude?: string[];
}

/** An edit as the preview shows it: where, before → after, and the rest of its line. */
export interface PreviewEdit extends Edit {
  lineBefore: string;
  lineAfter: string;
}

export interface PreviewDocument {
  documentId: string;
  title: string;
  headSeq: number;
  edits: PreviewEdit[];
}

export interface ChangesetPreview {
  documents: PreviewDocument[];
  hits: number;
  /** Documents on which a regular expression ran over its budget and was stopped (their hits are not listed). */
  stopped: string[];
}

export interface SkippedEdit {
  hitId: string;
  before: string;
  reason: string;
}

export interface ChangesetDocumentView {
  documentId: string;
  title: string;
  status: ChangesetDocumentStatus;
  /** For a proposal: its own status (proposed, approved, rejected, …). */
  proposalStatus: string | null;
  proposalId: string | null;
  /** As planned (with their line), or once applied, as applied. */
  edits: PreviewEdit[];
  skipped: SkippedEdit[];
  resultSeq: number | null;
  revertSeq: number | null;
}

export interface ChangesetView {
  id: string;
  status: ChangesetStatus;
  kind: ChangesetKind;
  query: string;
  mode: string;
  replacement: string;
  message: string;
  author: { id: string; name: string };
  createdAt: string;
  hits: number;
  /** Documents whose part is done (anything but pending), of all. */
  progress: { done: number; total: number };
  documents: ChangesetDocumentView[];
}

export const MAX_REPLACEMENT_LENGTH = 1000;

/** The default message of a changeset: what it replaced with what. */
export const changesetMessage = (input: Pick<ChangesetInput, "query" | "replacement" | "message">) =>
  input.message?.trim() || `Replace “${input.query}” with “${input.replacement}” across documents`;

/** `ChangesetDocument.edits`: the part's edits, as planned and then as applied. */
export const changesetEditsColumn = z.array(z.object({
  hitId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), before: z.string(), after: z.string(),
  lineBefore: z.string(), lineAfter: z.string(),
}) satisfies z.ZodType<PreviewEdit>);
/** `ChangesetDocument.skipped`: the hits not applied, with why; null until the part is done. */
export const changesetSkippedColumn = z.array(z.object({ hitId: z.string(), before: z.string(), reason: z.string() }) satisfies z.ZodType<SkippedEdit>).nullable();

export const parseChangesetEdits = (value: unknown): PreviewEdit[] => parseJsonColumn(changesetEditsColumn, value, "ChangesetDocument.edits");
export const parseChangesetSkipped = (value: unknown): SkippedEdit[] => parseJsonColumn(changesetSkippedColumn, value, "ChangesetDocument.skipped") ?? [];

/** What a decision on a changeset did to one of its documents. */
export interface DecisionOutcome {
  documentId: string;
  outcome: "approved" | "rejected" | "failed";
  message?: string;
  seq?: number;
}
