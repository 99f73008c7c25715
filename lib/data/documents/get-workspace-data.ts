import "server-only";
import { tagSetFrom } from "../../annotations/tags";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { applyPatchExact } from "../../revisions/apply-patch";
import { reviewPolicyFrom } from "../../auth/permissions";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary } from "./document-shape";

/**
 * Everything the editor page reads about the document itself, in one query: its texts and
 * summary, and its collection's tag set and review policy (which were three reads).
 */
export async function getDocumentForPage({ id }: { id: string }) {
  const row = await getDb().document.findFirst({
    where: { id, deletedAt: null },
    select: { ...DOCUMENT_SUMMARY_SELECT, headText: true, rawText: true, collection: { select: { settings: true } } },
  });
  if (!row) throw new AppError("not_found", `No document with id ${id}`);
  const { headText, rawText, collection, ...summary } = row;
  return {
    ...toDocumentSummary(summary),
    text: headText,
    rawText,
    tags: tagSetFrom(collection.settings),
    policy: reviewPolicyFrom(collection.settings),
  };
}

/** The names the annotate form offers, without counting mentions (the entities page counts). */
export async function listEntityOptions() {
  return getDb().entity.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, type: true } });
}

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
