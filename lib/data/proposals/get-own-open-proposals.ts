import "server-only";
import { openProposals } from "./proposal-sql";
import { applyPatchExact } from "../../revisions/apply-patch";

/**
 * The user's own open proposals on a document, for the editor's notice, and the newest one still
 * waiting against the current head with the text it proposes (shown with its changes marked).
 * A prepared query (lib/server/db/prepared-read): the editor page asks on every load.
 */
export async function getOwnOpenProposals({ documentId, authorId, headSeq, headText }: { documentId: string; authorId: string; headSeq: number; headText: string }) {
  const rows = await openProposals(documentId, authorId);
  const newest = rows.find((r) => r.status === "proposed" && Number(r.baseSeq) === headSeq);
  const text = newest ? applyPatchExact(headText, newest.patch) : null;
  return {
    open: rows.map(({ id, status, message }) => ({ id, status, message })),
    pending: newest && text?.ok ? { id: newest.id, message: newest.message, text: text.value } : null,
  };
}
