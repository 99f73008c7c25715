import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { nextProposalStatus, type ProposalStatus } from "../../review/transitions";
import { recordAudit } from "../audit/audit";
import { announce } from "../notifications/announce";
import { tellDecision } from "./tell-decision";
import type { UserRef } from "../users/users";
import { findProposal } from "./proposal-texts";

/** A reviewer turns a proposal down, with a note its author reads. */
export async function rejectProposal(input: { proposalId: string; reviewer: UserRef; note: string }) {
  const note = input.note.trim().slice(0, 2000);
  if (!note) throw new AppError("invalid", "Say why in a note: the author reads it");
  return decide(input.proposalId, input.reviewer, "reject", { reviewerId: input.reviewer.id, note }, note);
}

/** The author takes their proposal back. */
export async function withdrawProposal(input: { proposalId: string; author: UserRef }) {
  const current = await findProposal({ tx: getDb(), id: input.proposalId });
  if (current.authorId !== input.author.id) throw new AppError("forbidden", "Only its author can withdraw a proposal");
  return decide(input.proposalId, input.author, "withdraw", {}, null);
}

async function decide(id: string, actor: UserRef, action: "reject" | "withdraw", data: Record<string, unknown>, detail: string | null) {
  const db = getDb();
  const current = await findProposal({ tx: db, id: id });
  const from = current.status as ProposalStatus;
  const next = nextProposalStatus(from, action);
  if (!next.ok) throw new AppError("conflict", next.error.message);
  const { result, told } = await db.$transaction(async (tx) => {
    const moved = await tx.proposal.updateMany({ where: { id, status: from }, data: { ...data, status: next.value, decidedAt: new Date() } });
    if (moved.count !== 1) throw new AppError("conflict", "Someone else decided this proposal meanwhile: reload the page");
    await recordAudit({ tx, 
      actorId: actor.id, action: `proposal.${action}`, subjectType: "proposal", subjectId: id, documentId: current.documentId,
      fromState: from, toState: next.value, detail,
    });
    const told = action === "reject" ? await tellDecision({ tx, proposal: current, reviewer: actor, verb: "rejected", note: detail }) : [];
    return { result: { id, status: next.value }, told };
  });
  await announce(told);
  return result;
}
