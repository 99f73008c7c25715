import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { checkApprover } from "../../review/transitions";
import { applyKeyingChoices, type KeyingChoice } from "../../review/double-keying";
import { mergeWords } from "../../review/merge-words";
import { recordAudit } from "../audit/audit";
import { getDocumentPolicy } from "../collections/review-policy";
import { announce } from "../notifications/announce";
import { tellDecision } from "../proposals/tell-decision";
import { readHeadText } from "../proposals/proposal-texts";
import { createRevision } from "../revisions/create-revision";
import { whileHeadMoves } from "../revisions/while-head-moves";
import { getRevisionText } from "../revisions/revisions";
import type { UserRef } from "../users/users";
import { findKeyings } from "./find-keyings";

/**
 * A reviewer's decision on a double-keyed document: one choice per place the two keyings differ
 * ("a", "b", or the text written anew), in order. The text they make is stored as one revision
 * credited to the reviewer (merged onto revisions saved since, word by word), both proposals are
 * settled as approved, both correctors are told, and the keying's agreement and whose reading
 * was kept are recorded for the per-person figures. 409 when the keyings changed meanwhile or the
 * merge conflicts; 403 for a reviewer who keyed it (unless self-approval is on).
 */
export async function decideKeyings({ documentId, proposalIds, choices, reviewer }: { documentId: string; proposalIds: [string, string]; choices: KeyingChoice[]; reviewer: UserRef }) {
  const keyings = await findKeyings({ documentId });
  if (!keyings || keyings.a.proposalId !== proposalIds[0] || keyings.b.proposalId !== proposalIds[1]) {
    throw new AppError("conflict", "These keyings are no longer the ones waiting: reload the page");
  }
  const db = getDb();
  const { policy } = await getDocumentPolicy(db, documentId);
  const authors = await db.proposal.findMany({ where: { id: { in: proposalIds } }, select: { id: true, authorId: true } });
  const authorOf = (id: string) => authors.find((p) => p.id === id)!.authorId;
  for (const id of proposalIds) {
    const fourEyes = checkApprover({ approverId: reviewer.id, authorId: authorOf(id), allowSelfApproval: policy.allowSelfApproval });
    if (!fourEyes.ok) throw new AppError("forbidden", fourEyes.error.message, { reason: "four_eyes" });
  }
  let decided: ReturnType<typeof applyKeyingChoices>;
  try {
    decided = applyKeyingChoices(keyings.segments, choices);
  } catch (e) {
    throw new AppError("invalid", `Decide each of the ${keyings.disagreements} places: ${(e as Error).message}`, { field: "choices" });
  }
  let told: string[] = [];
  const settle = async (tx: DbTx, seq: number) => {
    for (const id of proposalIds) {
      const moved = await tx.proposal.updateMany({ where: { id, status: "proposed" }, data: { status: "approved", reviewerId: reviewer.id, decidedAt: new Date(), resultSeq: seq, note: "Double keyed: decided with the other keying" } });
      if (moved.count !== 1) throw new AppError("conflict", "Someone else decided one of these proposals meanwhile");
      await recordAudit({ tx, actorId: reviewer.id, action: "proposal.approve", subjectType: "proposal", subjectId: id, documentId, fromState: "proposed", toState: "approved", detail: `Double keying, revision ${seq}` });
    }
    await tx.keying.create({
      data: {
        documentId, proposalAId: proposalIds[0], proposalBId: proposalIds[1], authorAId: authorOf(proposalIds[0]), authorBId: authorOf(proposalIds[1]), reviewerId: reviewer.id,
        agreement: keyings.agreement, disagreements: keyings.disagreements, forA: decided.forA, forB: decided.forB, seq,
      },
    });
    told = [
      ...(await tellDecision({ tx, proposal: { id: proposalIds[0], authorId: authorOf(proposalIds[0]), documentId }, reviewer, verb: "approved", note: "double keyed" })),
      ...(await tellDecision({ tx, proposal: { id: proposalIds[1], authorId: authorOf(proposalIds[1]), documentId }, reviewer, verb: "approved", note: "double keyed" })),
    ];
  };
  const seq = await whileHeadMoves(async () => {
    const head = await readHeadText(documentId);
    let text = decided.text;
    if (head.headSeq !== keyings.baseSeq) {
      const merged = mergeWords(await getRevisionText({ documentId, seq: keyings.baseSeq }), decided.text, head.headText);
      if (!merged.ok) throw new AppError("conflict", `Revisions saved since the keyings began change the same words in ${merged.error.conflicts.length} place(s): review the proposals one by one`);
      text = merged.value;
    }
    if (text === head.headText) {
      await db.$transaction((tx) => settle(tx, head.headSeq));
      return head.headSeq;
    }
    const revision = await createRevision({
      documentId, baseSeq: head.headSeq, text, authorId: reviewer.id,
      message: `Double keying of ${keyings.a.author} and ${keyings.b.author}: ${Math.round(100 * keyings.agreement)} % alike, ${keyings.disagreements} place${keyings.disagreements === 1 ? "" : "s"} decided`,
      alsoInTransaction: (tx, r) => settle(tx, r.seq),
    });
    return revision.seq;
  });
  await announce(told);
  return { seq, agreement: keyings.agreement, forA: decided.forA, forB: decided.forB };
}
