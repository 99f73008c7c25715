import { err, ok, type Result } from "../result";

// The review workflow's states as pure rules (issue 4). Proposals: a corrector's change waiting
// for a reviewer. Documents: proofreading levels, as Wikisource uses them.

export type ProposalStatus = "proposed" | "needs_rebase" | "approved" | "rejected" | "withdrawn";
export type ProposalAction = "approve" | "reject" | "withdraw" | "conflict" | "resubmit";

export interface TransitionError {
  code: "invalid_transition" | "four_eyes" | "open_proposals";
  message: string;
}

const PROPOSAL_MOVES: Record<ProposalStatus, Partial<Record<ProposalAction, ProposalStatus>>> = {
  // Resubmitting a waiting proposal replaces its text (its author revises it before anyone decides).
  proposed: { approve: "approved", reject: "rejected", withdraw: "withdrawn", conflict: "needs_rebase", resubmit: "proposed" },
  needs_rebase: { resubmit: "proposed", reject: "rejected", withdraw: "withdrawn" },
  approved: {},
  rejected: {},
  withdrawn: {},
};

/** Where a proposal goes on `action`; approved, rejected and withdrawn are final. */
export function nextProposalStatus(status: ProposalStatus, action: ProposalAction): Result<ProposalStatus, TransitionError> {
  const next = PROPOSAL_MOVES[status][action];
  return next ? ok(next) : err({ code: "invalid_transition", message: `A proposal that is ${status.replace("_", " ")} cannot be ${PAST[action]}` });
}

const PAST: Record<ProposalAction, string> = {
  approve: "approved",
  reject: "rejected",
  withdraw: "withdrawn",
  conflict: "sent back for a rebase",
  resubmit: "resubmitted",
};

/** Four eyes: nobody approves their own proposal unless the collection allows it. */
export function checkApprover(input: { approverId: string; authorId: string; allowSelfApproval: boolean }): Result<null, TransitionError> {
  if (input.approverId === input.authorId && !input.allowSelfApproval) {
    return err({ code: "four_eyes", message: "You cannot approve your own proposal: another reviewer must" });
  }
  return ok(null);
}

export const DOCUMENT_STATUSES = ["raw", "in_progress", "corrected", "approved"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export type DocumentEvent =
  | { kind: "text_changed" }
  | { kind: "mark_corrected"; by: string; openProposals: number }
  | { kind: "approve"; by: string; markedCorrectedBy: string | null };

export interface DocumentTransition {
  status: DocumentStatus;
  /** Shown to people when a document falls back a level. */
  reason?: string;
}

/**
 * raw → in progress (any change) → corrected (marked by a corrector once no proposals are open)
 * → approved (confirmed by a reviewer other than the one who marked it). A change to a corrected
 * or approved document sends it back to in progress, with the reason.
 */
export function nextDocumentStatus(status: DocumentStatus, event: DocumentEvent): Result<DocumentTransition, TransitionError> {
  switch (event.kind) {
    case "text_changed":
      if (status === "approved") return ok({ status: "in_progress", reason: "The text changed after it was approved" });
      if (status === "corrected") return ok({ status: "in_progress", reason: "The text changed after it was marked corrected" });
      return ok({ status: "in_progress" });
    case "mark_corrected":
      if (status !== "in_progress" && status !== "raw") {
        return err({ code: "invalid_transition", message: `A document that is ${status.replace("_", " ")} cannot be marked corrected` });
      }
      if (event.openProposals > 0) {
        return err({ code: "open_proposals", message: `${event.openProposals} proposal(s) are still open: review them first` });
      }
      return ok({ status: "corrected" });
    case "approve":
      if (status !== "corrected") return err({ code: "invalid_transition", message: "Only a document marked corrected can be approved" });
      if (event.markedCorrectedBy === event.by) {
        return err({ code: "four_eyes", message: "Another reviewer must approve what you marked corrected" });
      }
      return ok({ status: "approved" });
  }
}
