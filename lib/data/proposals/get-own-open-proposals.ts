import "server-only";
import { preparedRead } from "../../db/prepared-read";
import { applyPatchExact } from "../../revisions/apply-patch";

const openProposals = preparedRead<{ id: string; status: string; message: string; baseSeq: number | bigint; patch: string }>(`
  SELECT "id", "status", "message", "baseSeq", "patch" FROM "Proposal"
  WHERE "documentId" = ? AND "authorId" = ? AND "status" IN ('proposed', 'needs_rebase')
  ORDER BY "createdAt" DESC`);

/**
 * The user's own open proposals on a document, for the editor's notice, and the newest one still
 * waiting against the current head with the text it proposes (shown with its changes marked).
 * A prepared query (lib/db/prepared-read): the editor page asks on every load.
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
