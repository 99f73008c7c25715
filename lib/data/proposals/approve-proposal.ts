import "server-only";
import { getDb } from "../../server/db";
import { whileHeadMoves } from "../revisions/while-head-moves";
import { AppError, isAppError } from "../../errors";
import { applySelectedHunks, describeHunk, describePartialApproval, proposalHunks } from "../../review/hunks";
import { mergeWords } from "../../review/merge-words";
import { checkApprover, nextProposalStatus, type ProposalStatus } from "../../review/transitions";
import { recordAudit } from "../audit/audit";
import { announce } from "../notifications/announce";
import { tellDecision } from "./tell-decision";
import { createRevision } from "../revisions/create-revision";
import { getDocumentPolicy } from "../collections/review-policy";
import type { UserRef } from "../users/users";
import { findProposal, getProposalTexts, readHeadText } from "./proposal-texts";

export interface ApproveInput {
  proposalId: string;
  reviewer: UserRef;
  note?: string;
  /** Indices (lib/review/hunks) of the hunks to accept; all when absent. The rest is recorded as rejected. */
  hunks?: number[];
}

/**
 * Approves a proposal, or the selected hunks of it, as the next revision. When revisions landed
 * since the proposal's base, the accepted text is merged three ways at word level (base,
 * proposal, head); a conflict leaves the proposal needs_rebase and answers 409. The revision,
 * the re-anchored annotations, the proposal's new state and the audit events land in one
 * transaction guarded on the head seq, so racing approvals are serialised: a loser re-merges
 * onto the winner's text, and conflicting ones get 409. Nothing is lost or applied twice.
 */
export async function approveProposal(input: ApproveInput): Promise<{ seq: number; merged: boolean }> {
  try {
    return await whileHeadMoves(() => approveOnce(input));
  } catch (e) {
    if (isAppError(e) && e.code === "stale_base") throw new AppError("conflict", "The text kept changing during the approval: try again");
    throw e;
  }
}

async function approveOnce(input: ApproveInput): Promise<{ seq: number; merged: boolean }> {
  const db = getDb();
  const proposal = await findProposal({ tx: db, id: input.proposalId });
  const next = nextProposalStatus(proposal.status as ProposalStatus, "approve");
  if (!next.ok) throw new AppError("conflict", next.error.message, { reason: proposal.status === "needs_rebase" ? "needs_rebase" : "invalid_transition" });
  const { policy } = await getDocumentPolicy(db, proposal.documentId);
  const fourEyes = checkApprover({ approverId: input.reviewer.id, authorId: proposal.authorId, allowSelfApproval: policy.allowSelfApproval });
  if (!fourEyes.ok) throw new AppError("forbidden", fourEyes.error.message, { reason: "four_eyes" });

  const { base, proposed } = await getProposalTexts({ tx: db, proposal: proposal });
  const { mine, accepted, rejected, partial } = selectHunks(base, proposed, input.hunks);

  const head = await readHeadText(proposal.documentId);
  let text = mine;
  if (head.headSeq !== proposal.baseSeq) {
    const merged = mergeWords(base, mine, head.headText);
    if (!merged.ok) {
      await markNeedsRebase(proposal, input.reviewer, head.headSeq, merged.error.conflicts.length);
      throw new AppError("conflict", `The proposal conflicts with revision(s) saved since revision ${proposal.baseSeq} (${merged.error.conflicts.length} place(s)); its author must resolve them`, {
        reason: "merge_conflict",
        headSeq: head.headSeq,
        proposalId: proposal.id,
      });
    }
    text = merged.value;
  }

  const note = input.note?.trim().slice(0, 2000) || null;
  const decide = {
    status: "approved", reviewerId: input.reviewer.id, note, decidedAt: new Date(),
    // A whole approval leaves acceptedHunks unset: every hunk, however they are counted later.
    ...(accepted ? { acceptedHunks: accepted } : {}),
    rejectedHunks: rejected,
  };
  const audit = { actorId: input.reviewer.id, subjectType: "proposal" as const, subjectId: proposal.id, documentId: proposal.documentId };
  // Partial approvals say in words what was kept and left out; the reviewer's note goes with it.
  const detail = partial?.leftOut.length
    ? `${capitalise(partial.summary)}; accepted: ${partial.accepted.map(describeHunk).join("; ")}${note ? `. Note: ${note}` : ""}`
    : note;
  // The stored revision must not claim what was left out: its message says what it holds.
  const message = partial?.leftOut.length ? `${proposal.message} (${partial.summary})` : proposal.message;

  // Every accepted change is already in the head (someone made the same fix): nothing to store.
  let told: string[] = [];
  const tell = async (tx: Tx) => void (told = await tellDecision({ tx, proposal, reviewer: input.reviewer, verb: "approved", note }));
  if (text === head.headText) {
    await db.$transaction(async (tx) => {
      await settle(tx, proposal.id, { ...decide, resultSeq: head.headSeq });
      await recordAudit({ tx,  ...audit, action: "proposal.approve", fromState: "proposed", toState: "approved", detail: detail ?? "Already in the text" });
      await tell(tx);
    });
    await announce(told);
    return { seq: head.headSeq, merged: head.headSeq !== proposal.baseSeq };
  }

  const revision = await createRevision({
    documentId: proposal.documentId,
    baseSeq: head.headSeq,
    text,
    message,
    authorId: proposal.authorId,
    alsoInTransaction: async (tx, { seq }) => {
      await settle(tx, proposal.id, { ...decide, resultSeq: seq });
      await recordAudit({ tx,  ...audit, action: "proposal.approve", fromState: "proposed", toState: "approved", detail: detail ?? `Revision ${seq}` });
      await tell(tx);
    },
  });
  await announce(told);
  return { seq: revision.seq, merged: head.headSeq !== proposal.baseSeq };
}

/**
 * The text to approve: the whole proposal, or the base with only the selected hunks applied.
 * Hunks are computed only when a selection asks for them: on a large text with changes all over,
 * the word diff behind them is the costly part of an approval.
 */
function selectHunks(base: string, proposed: string, selection: number[] | undefined) {
  if (selection === undefined) return { mine: proposed, accepted: null, rejected: [] as number[], partial: null };
  const hunks = proposalHunks(base, proposed);
  const unknown = selection.filter((i) => !hunks.some((h) => h.index === i));
  if (unknown.length) throw new AppError("invalid", `No hunk ${unknown.join(", ")}: this proposal has hunks 0 to ${hunks.length - 1}`);
  if (selection.length === 0) throw new AppError("invalid", "No hunk selected: select at least one, or reject the proposal");
  const rejected = hunks.map((h) => h.index).filter((i) => !selection.includes(i));
  return {
    mine: rejected.length ? applySelectedHunks(base, hunks, selection) : proposed,
    accepted: [...selection].sort((a, b) => a - b),
    rejected,
    partial: describePartialApproval(hunks, selection),
  };
}

type Tx = Parameters<NonNullable<Parameters<typeof createRevision>[0]["alsoInTransaction"]>>[0];

/** Moves the proposal out of "proposed" only if it is still there: a second decision loses. */
async function settle(tx: Tx, id: string, data: Record<string, unknown>) {
  const moved = await tx.proposal.updateMany({ where: { id, status: "proposed" }, data });
  if (moved.count !== 1) throw new AppError("conflict", "Someone else decided this proposal meanwhile");
}

async function markNeedsRebase(proposal: { id: string; documentId: string; authorId: string }, reviewer: UserRef, headSeq: number, conflicts: number) {
  const told = await getDb().$transaction(async (tx) => {
    const moved = await tx.proposal.updateMany({ where: { id: proposal.id, status: "proposed" }, data: { status: "needs_rebase", conflictSeq: headSeq } });
    if (moved.count !== 1) return [];
    await recordAudit({ tx, 
      actorId: reviewer.id, action: "proposal.conflict", subjectType: "proposal", subjectId: proposal.id, documentId: proposal.documentId,
      fromState: "proposed", toState: "needs_rebase", detail: `${conflicts} conflicting place(s) with revision ${headSeq}`,
    });
    return tellDecision({ tx, proposal, reviewer, verb: "sent back" });
  });
  await announce(told);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
