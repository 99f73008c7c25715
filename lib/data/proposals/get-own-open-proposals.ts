import "server-only";
import { getDb } from "../../db";
import { applyPatchExact } from "../../revisions/apply-patch";

/**
 * The user's own open proposals on a document, for the editor's notice, and the newest one still
 * waiting against the current head with the text it proposes (shown with its changes marked).
 */
export async function getOwnOpenProposals({ documentId, authorId, headSeq, headText }: { documentId: string; authorId: string; headSeq: number; headText: string }) {
  const rows = await getDb().proposal.findMany({
    where: { documentId, authorId, status: { in: ["proposed", "needs_rebase"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, message: true, baseSeq: true, patch: true },
  });
  const newest = rows.find((r) => r.status === "proposed" && r.baseSeq === headSeq);
  const text = newest ? applyPatchExact(headText, newest.patch) : null;
  return {
    open: rows.map(({ id, status, message }) => ({ id, status, message })),
    pending: newest && text?.ok ? { id: newest.id, message: newest.message, text: text.value } : null,
  };
}
