import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { compareKeyings } from "../../review/double-keying";
import { getDocumentPolicy } from "../collections/review-policy";
import { getProposalTexts, PROPOSAL_FIELDS } from "../proposals/proposal-texts";
import type { KeyingView } from "./keying-shape";

/**
 * A double-keyed document's two keyings, when it has them: the two oldest waiting proposals by
 * different correctors from the same revision, compared word by word. Null while fewer than two
 * have come in; 422 when the collection does not double key.
 */
export async function findKeyings({ documentId }: { documentId: string }): Promise<KeyingView | null> {
  const db = getDb();
  const { policy } = await getDocumentPolicy(db, documentId);
  if (!policy.doubleKeying) throw new AppError("invalid", "This collection does not double key: its proposals are reviewed one by one");
  const open = await db.proposal.findMany({
    where: { documentId, status: "proposed", changesetId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...PROPOSAL_FIELDS, author: { select: { displayName: true } } },
  });
  const first = open[0];
  const second = first && open.find((p) => p.authorId !== first.authorId && p.baseSeq === first.baseSeq);
  if (!first || !second) return null;
  const [a, b] = await Promise.all([getProposalTexts({ tx: db, proposal: first }), getProposalTexts({ tx: db, proposal: second })]);
  const { segments, agreement, disagreements } = compareKeyings(a.base, a.proposed, b.proposed);
  return {
    documentId, baseSeq: first.baseSeq, segments, agreement, disagreements,
    a: { proposalId: first.id, author: first.author.displayName },
    b: { proposalId: second.id, author: second.author.displayName },
  };
}
