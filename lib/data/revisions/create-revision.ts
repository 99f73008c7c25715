import "server-only";
import { sendJob } from "../../server/jobs/jobs";
import { maxDocumentBytes } from "../../config";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { makeRevision } from "../../revisions/make-revision";
import { shouldSnapshot } from "../../revisions/snapshot-policy";
import { encodeSnapshot } from "../../revisions/snapshot-codec";
import { PATCH_FORMAT } from "../../revisions/types";
import { checkText } from "../../text/import-text";
import { sha256 } from "../../text/sha256";
import { nextDocumentStatus, type DocumentStatus, type DocumentTransition } from "../../review/transitions";
import type { DbTx } from "../../server/db";
import { recordAudit } from "../audit/audit";
import { reanchorAnnotations } from "./reanchor-annotations";
import { readHead, type HeadRow } from "./revision-sql";
import { REVISION_SUMMARY_SELECT, toRevisionSummary, type RevisionSummary } from "./revision-shape";
import { textProblemError } from "../documents/text-problem";
import { emptyModel, lessonOf, vouchedWords } from "../../suggest/model";
import { undoTeaching, type Teaching, type UndoneRange } from "../../suggest/teaching";
import { applyLesson } from "../learning/apply-lesson-sql";
import { documentTeachings, VOUCHED } from "../learning/document-lesson";
import { indexFields } from "../search/index-document";
import { changedWords } from "../../revisions/changed-words";
import { publishEvent } from "../../server/events/bus";

export interface CreateRevisionInput {
  documentId: string;
  /** The head seq the author started from; anything else is a stale save (409). */
  baseSeq: number;
  text: string;
  message: string;
  /** The user the revision is credited to (for an approved proposal: its author). */
  authorId: string;
  /**
   * Extra writes that must land with the revision or not at all (an approved proposal's status,
   * audit events). Runs inside the transaction, after the head moved.
   */
  alsoInTransaction?: (tx: DbTx, revision: { seq: number }) => Promise<void>;
  /**
   * Set by an undo or a revert: the revisions it takes back. It is not a correction, so it
   * teaches the suggestion model nothing of its own and unlearns what they taught.
   */
  undoes?: UndoneRange;
}

export const MAX_MESSAGE_LENGTH = 500;

/**
 * Stores `text` as the next revision of a document: diff once, make the patch, hash, decide on
 * a snapshot, then write the row and move the head in one transaction. The diff is computed
 * before the transaction from the head read optimistically; the head only moves if it is
 * still at `baseSeq`, so a concurrent save cannot be overwritten. Saving the head text
 * unchanged stores nothing. A save whose baseSeq is not the head answers 409 with headSeq.
 */
export async function createRevision(input: CreateRevisionInput): Promise<RevisionSummary> {
  const problem = checkText(input.text, maxDocumentBytes());
  if (problem) throw textProblemError(problem);
  const message = input.message.trim().slice(0, MAX_MESSAGE_LENGTH);
  const db = getDb();

  const head = await readHead({ tx: db, documentId: input.documentId });
  if (!head) throw new AppError("not_found", `No document with id ${input.documentId}`);
  if (input.baseSeq !== head.headSeq) throw staleBase(input.baseSeq, head.headSeq);
  if (input.text === head.headText) {
    const row = await db.revision.findUniqueOrThrow({
      where: { documentId_seq: { documentId: input.documentId, seq: head.headSeq } },
      select: REVISION_SUMMARY_SELECT,
    });
    return { ...toRevisionSummary(row), created: false };
  }

  const delta = makeRevision(head.headText, input.text);
  const chain = {
    revisionsSinceSnapshot: head.chainLength + 1,
    patchBytesSinceSnapshot: head.chainPatchBytes + delta.patchText.length,
  };
  const snapshot = shouldSnapshot(chain, input.text.length, delta.diffTimedOut);
  const seq = head.headSeq + 1;

  const nextStatus = textChangedStatus(head.status);
  const teaching = await teachingOf(input, head, delta.diffs);

  const saved = await db.$transaction(async (tx) => {
    const moved = await tx.document.updateMany({
      where: { id: input.documentId, headSeq: head.headSeq },
      data: {
        headText: input.text,
        headSeq: seq,
        status: nextStatus.status,
        ...(nextStatus.reason ? { statusReason: nextStatus.reason, markedCorrectedById: null } : {}),
        chainLength: snapshot ? 0 : chain.revisionsSinceSnapshot,
        chainPatchBytes: snapshot ? 0 : chain.patchBytesSinceSnapshot,
      },
    });
    if (moved.count !== 1) {
      const now = await tx.document.findUnique({ where: { id: input.documentId }, select: { headSeq: true } });
      throw staleBase(input.baseSeq, now?.headSeq ?? seq);
    }
    const row = await tx.revision.create({
      data: {
        documentId: input.documentId,
        seq,
        parentSeq: head.headSeq,
        authorId: input.authorId,
        message: message || `Revision ${seq}`,
        patch: delta.patchText,
        patchFormat: PATCH_FORMAT,
        snapshot: snapshot ? encodeSnapshot(input.text) : null,
        sha256: sha256(input.text),
        length: input.text.length,
        inserted: delta.stats.inserted,
        deleted: delta.stats.deleted,
        diffTimedOut: delta.diffTimedOut,
        undoesFrom: input.undoes?.from ?? null,
        undoesTo: input.undoes?.to ?? null,
      },
      select: REVISION_SUMMARY_SELECT,
    });
    await indexFields({ tx, documentId: input.documentId, values: { text: input.text } });
    const annotations = await reanchorAnnotations({ tx,  documentId: input.documentId, diffs: delta.diffs, text: input.text, seq });
    // The collection's suggestion model learns from every accepted revision, with it or not at
    // all; a document that falls back from corrected no longer vouches for its old words.
    await applyLesson({ tx, collectionId: head.collectionId, lesson: teaching.learn });
    await applyLesson({ tx, collectionId: head.collectionId, lesson: teaching.unlearn, sign: -1 });
    if (VOUCHED.has(head.status) && !VOUCHED.has(nextStatus.status)) {
      await applyLesson({ tx, collectionId: head.collectionId, lesson: vouchedWords(head.headText), sign: -1 });
    }
    if (head.status !== nextStatus.status) {
      await recordAudit({ tx, 
        actorId: input.authorId, action: "document.status", subjectType: "document", subjectId: input.documentId,
        documentId: input.documentId, fromState: head.status, toState: nextStatus.status, detail: nextStatus.reason ?? `Revision ${seq} saved`,
      });
    }
    await input.alsoInTransaction?.(tx, { seq });
    // Measured after the answer (up to ~40 ms on 200 KB of text), by a job stored with the revision.
    await sendJob("error-rates", { documentId: input.documentId, seq }, { tx });
    return { ...toRevisionSummary(row), created: true, annotations };
  });
  // Pages with the document open hear of it at once (after the commit, never before).
  void publishEvent({
    type: "revision", documentId: input.documentId, seq: saved.seq, authorId: input.authorId, authorName: saved.authorName,
    words: changedWords(head.headText, input.text, delta.diffs), createdAt: saved.createdAt,
  });
  return saved;
}

/**
 * What the save teaches: a correction its lesson; an undo the opposite of what the revisions it
 * takes back taught (worked out from the history, which is append-only, before the transaction).
 */
async function teachingOf(input: CreateRevisionInput, head: HeadRow, diffs: Parameters<typeof lessonOf>[2]): Promise<Teaching> {
  const range = input.undoes;
  if (!range) return { learn: lessonOf(head.headText, input.text, diffs), unlearn: emptyModel() };
  if (!Number.isInteger(range.from) || !Number.isInteger(range.to) || range.from < 1 || range.from > range.to || range.to > head.headSeq) {
    throw new AppError("invalid", `Revisions ${range.from}–${range.to} are not in this document's history (1–${head.headSeq})`);
  }
  return undoTeaching(range, await documentTeachings({ tx: getDb(), documentId: input.documentId, upTo: range.to }));
}

function textChangedStatus(status: string): DocumentTransition {
  const next = nextDocumentStatus(status as DocumentStatus, { kind: "text_changed" });
  return next.ok ? next.value : { status: "in_progress" };
}

export const staleBase = (baseSeq: number, headSeq: number) =>
  new AppError("stale_base", `Revision ${headSeq} was saved after revision ${baseSeq}, which this save started from`, { headSeq });
