import "server-only";
import { getDb } from "../../db";
import { applyPatchExact } from "../../revisions/apply-patch";

/**
 * The user's own open proposals on a document, for the editor's notice, and the newest one still
 * waiting against the current head with the text it proposes (shown with its changes marked).
 * Plain SQL: the editor page asks on every load, and Prisma would compile the query each time.
 */
export async function getOwnOpenProposals({ documentId, authorId, headSeq, headText }: { documentId: string; authorId: string; headSeq: number; headText: string }) {
  const rows = await getDb().$queryRaw<{ id: string; status: string; message: string; baseSeq: number | bigint; patch: string }[]>`
    SELECT "id", "status", "message", "baseSeq", "patch" FROM "Proposal"
    WHERE "documentId" = ${documentId} AND "authorId" = ${authorId} AND "status" IN ('proposed', 'needs_rebase')
    ORDER BY "createdAt" DESC`;
  const newest = rows.find((r) => r.status === "proposed" && Number(r.baseSeq) === headSeq);
  const text = newest ? applyPatchExact(headText, newest.patch) : null;
  return {
    open: rows.map(({ id, status, message }) => ({ id, status, message })),
    pending: newest && text?.ok ? { id: newest.id, message: newest.message, text: text.value } : null,
  };
}
