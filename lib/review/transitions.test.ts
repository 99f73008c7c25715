import { describe, expect, it } from "vitest";
import { checkApprover, nextDocumentStatus, nextProposalStatus, type ProposalAction, type ProposalStatus } from "./transitions";

describe("proposal transitions", () => {
  it("follows the workflow", () => {
    expect(nextProposalStatus("proposed", "approve")).toEqual({ ok: true, value: "approved" });
    expect(nextProposalStatus("proposed", "conflict")).toEqual({ ok: true, value: "needs_rebase" });
    expect(nextProposalStatus("needs_rebase", "resubmit")).toEqual({ ok: true, value: "proposed" });
    expect(nextProposalStatus("needs_rebase", "withdraw")).toEqual({ ok: true, value: "withdrawn" });
  });

  it("treats approved, rejected and withdrawn as final", () => {
    const actions: ProposalAction[] = ["approve", "reject", "withdraw", "conflict", "resubmit"];
    for (const status of ["approved", "rejected", "withdrawn"] as ProposalStatus[]) {
      for (const action of actions) expect(nextProposalStatus(status, action)).toMatchObject({ ok: false, error: { code: "invalid_transition" } });
    }
    expect(nextProposalStatus("needs_rebase", "approve").ok).toBe(false);
  });

  it("keeps four eyes unless the collection allows self-approval", () => {
    expect(checkApprover({ approverId: "u1", authorId: "u1", allowSelfApproval: false })).toMatchObject({ ok: false, error: { code: "four_eyes" } });
    expect(checkApprover({ approverId: "u1", authorId: "u1", allowSelfApproval: true }).ok).toBe(true);
    expect(checkApprover({ approverId: "u2", authorId: "u1", allowSelfApproval: false }).ok).toBe(true);
  });
});

describe("document status", () => {
  it("goes raw → in progress → corrected → approved", () => {
    expect(nextDocumentStatus("raw", { kind: "text_changed" })).toEqual({ ok: true, value: { status: "in_progress" } });
    expect(nextDocumentStatus("in_progress", { kind: "mark_corrected", by: "c", openProposals: 0 })).toEqual({ ok: true, value: { status: "corrected" } });
    expect(nextDocumentStatus("corrected", { kind: "approve", by: "r", markedCorrectedBy: "c" })).toEqual({ ok: true, value: { status: "approved" } });
  });

  it("refuses to mark corrected with open proposals, and to approve one's own marking", () => {
    expect(nextDocumentStatus("in_progress", { kind: "mark_corrected", by: "c", openProposals: 2 })).toMatchObject({ ok: false, error: { code: "open_proposals" } });
    expect(nextDocumentStatus("corrected", { kind: "approve", by: "c", markedCorrectedBy: "c" })).toMatchObject({ ok: false, error: { code: "four_eyes" } });
    expect(nextDocumentStatus("in_progress", { kind: "approve", by: "r", markedCorrectedBy: null }).ok).toBe(false);
  });

  it("sends a changed approved or corrected document back to in progress, saying why", () => {
    expect(nextDocumentStatus("approved", { kind: "text_changed" })).toEqual({
      ok: true,
      value: { status: "in_progress", reason: "The text changed after it was approved" },
    });
    expect(nextDocumentStatus("corrected", { kind: "text_changed" })).toMatchObject({ ok: true, value: { status: "in_progress" } });
  });
});
