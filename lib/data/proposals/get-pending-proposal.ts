import "server-only";
import { getDb } from "../../db";
import { applyPatchExact } from "../../revisions/apply-patch";

/**
 * The author's newest proposal on a document still waiting for a reviewer, with the text it
 * proposes, when it was made against the current head: the editor then shows that text with
 * the pending changes marked. Null when there is none (or the head moved on since: the editor
 * shows the accepted text, and the proposal page shows how it merges).
 */
export async function getPendingProposal({ documentId, authorId, headSeq, headText }: { documentId: string; authorId: string; headSeq: number; headText: string }) {
  const row = await getDb().proposal.findFirst({
    where: { documentId, authorId, status: "proposed", baseSeq: headSeq },
    orderBy: { createdAt: "desc" },
    select: { id: true, patch: true, message: true },
  });
  if (!row) return null;
  const text = applyPatchExact(headText, row.patch);
  return text.ok ? { id: row.id, message: row.message, text: text.value } : null;
}
