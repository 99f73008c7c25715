import "server-only";
import { maxDocumentBytes } from "../../config";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { nextProposalStatus, type ProposalStatus } from "../../review/transitions";
import { makeRevision } from "../../revisions/make-revision";
import { checkText } from "../../text/import-text";
import { recordAudit } from "../audit/audit";
import { announce } from "../notifications/announce";
import { notifyReviewers } from "../notifications/notify-reviewers";
import { MAX_MESSAGE_LENGTH } from "../revisions/create-revision";
import { getRevisionText } from "../revisions/revisions";
import { textProblemError } from "../documents/text-problem";
import type { UserRef } from "../users/users";
import { findProposal, readHeadText } from "./proposal-texts";

export interface ProposeInput {
  documentId: string;
  /** The revision the author's text was made from: the head when they opened the editor. */
  baseSeq: number;
  text: string;
  message: string;
  author: UserRef;
  /** Part of a changeset (a replacement across documents), whose review shows its proposals together. */
  changesetId?: string;
  /** Extra writes that must land with the proposal or not at all. */
  alsoInTransaction?: (tx: DbTx, proposal: { id: string }) => Promise<void>;
}

/** The patch of `text` against revision baseSeq, refusing bad text, unknown bases and no-ops. */
async function diffAgainstBase(input: Omit<ProposeInput, "author" | "message">) {
  const problem = checkText(input.text, maxDocumentBytes());
  if (problem) throw textProblemError(problem);
  const head = await readHeadText(input.documentId);
  if (input.baseSeq > head.headSeq) throw new AppError("invalid", `There is no revision ${input.baseSeq} yet (the head is ${head.headSeq})`);
  const base = input.baseSeq === head.headSeq ? head.headText : await getRevisionText({ tx: getDb(),  documentId: input.documentId, seq: input.baseSeq });
  if (base === input.text) throw new AppError("invalid", "The text is the same as the revision it starts from: there is nothing to propose", { reason: "no_change" });
  return makeRevision(base, input.text);
}

/**
 * A corrector's change, stored as a patch against the revision they started from and left for
 * a reviewer. The head may have moved since: the approval merges. A first proposal also moves a
 * raw document to "in progress".
 */
export async function createProposal(input: ProposeInput) {
  const delta = await diffAgainstBase(input);
  const message = input.message.trim().slice(0, MAX_MESSAGE_LENGTH) || "Correction";
  let told: string[] = [];
  const made = await getDb().$transaction(async (tx) => {
    const proposal = await tx.proposal.create({
      data: {
        documentId: input.documentId, baseSeq: input.baseSeq, authorId: input.author.id, message,
        patch: delta.patchText, inserted: delta.stats.inserted, deleted: delta.stats.deleted, status: "proposed",
        changesetId: input.changesetId ?? null,
      },
      select: { id: true, status: true, baseSeq: true, createdAt: true },
    });
    await recordAudit({ tx, 
      actorId: input.author.id, action: "proposal.create", subjectType: "proposal", subjectId: proposal.id, documentId: input.documentId,
      toState: "proposed", detail: message,
    });
    const raw = await tx.document.updateMany({ where: { id: input.documentId, status: "raw" }, data: { status: "in_progress" } });
    if (raw.count) {
      await recordAudit({ tx, 
        actorId: input.author.id, action: "document.status", subjectType: "document", subjectId: input.documentId, documentId: input.documentId,
        fromState: "raw", toState: "in_progress", detail: "A correction was proposed",
      });
    }
    await input.alsoInTransaction?.(tx, proposal);
    // Sent for review, the document is no longer the author's task: the next-task button may give it on.
    await tx.taskClaim.deleteMany({ where: { key: `document:${input.documentId}`, userId: input.author.id } });
    // A changeset's proposals are one task for a reviewer: the changeset tells of them once.
    if (!input.changesetId) {
      const doc = await tx.document.findUniqueOrThrow({ where: { id: input.documentId }, select: { title: true } });
      told = await notifyReviewers({ tx, text: `${input.author.displayName} proposed a correction to “${doc.title}”: ${message}`, link: `/proposals/${proposal.id}`, authorId: input.author.id });
    }
    return proposal;
  });
  await announce(told);
  return made;
}

/**
 * The author's new text for their proposal: the answer to a conflict (from needs_rebase), or a
 * revision of a proposal nobody has decided yet (from proposed). Either way it is proposed again,
 * against `baseSeq`. Only the author; decided and withdrawn proposals stay as they are.
 */
export async function resubmitProposal(input: { proposalId: string; baseSeq: number; text: string; message?: string; author: UserRef }) {
  const db = getDb();
  const current = await findProposal({ tx: db, id: input.proposalId });
  if (current.authorId !== input.author.id) throw new AppError("forbidden", "Only the author of a proposal can resubmit it");
  const from = current.status as ProposalStatus;
  const next = nextProposalStatus(from, "resubmit");
  if (!next.ok) throw new AppError("conflict", next.error.message, { reason: "invalid_transition" });
  const delta = await diffAgainstBase({ documentId: current.documentId, baseSeq: input.baseSeq, text: input.text });
  const message = input.message?.trim().slice(0, MAX_MESSAGE_LENGTH) || current.message;
  return db.$transaction(async (tx) => {
    const moved = await tx.proposal.updateMany({
      where: { id: current.id, status: from },
      data: {
        baseSeq: input.baseSeq, patch: delta.patchText, inserted: delta.stats.inserted, deleted: delta.stats.deleted,
        message, status: "proposed", conflictSeq: null,
      },
    });
    if (moved.count !== 1) throw new AppError("conflict", "The proposal was decided meanwhile: reload the page");
    await recordAudit({ tx, 
      actorId: input.author.id, action: "proposal.resubmit", subjectType: "proposal", subjectId: current.id, documentId: current.documentId,
      fromState: from, toState: "proposed", detail: `Now against revision ${input.baseSeq}`,
    });
    return { id: current.id, status: "proposed" as const, baseSeq: input.baseSeq };
  });
}
