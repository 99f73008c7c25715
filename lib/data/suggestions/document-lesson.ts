import "server-only";
import type { DbTx } from "../../db";
import { AppError } from "../../errors";
import { applyPatchExact } from "../../revisions/apply-patch";
import { makeRevision } from "../../revisions/make-revision";
import { emptyModel, lessonOf, mergeModels, vouchedWords, type SuggestModel } from "../../suggest/model";

/** Statuses under which a document's whole text is vouched for by the team. */
export const VOUCHED = new Set(["corrected", "approved"]);

/**
 * All that one document has taught its collection, from its history alone: the lesson of
 * every revision (replayed from the raw OCR, diffed as the save diffed it), and its words when
 * it stands corrected or approved. This is what a save adds one step at a time.
 */
export async function documentLesson({ tx, documentId }: { tx: DbTx; documentId: string }): Promise<SuggestModel> {
  const doc = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { rawText: true, headText: true, status: true } });
  const revisions = await tx.revision.findMany({ where: { documentId, seq: { gt: 0 } }, orderBy: { seq: "asc" }, select: { seq: true, patch: true } });
  let model = emptyModel();
  let text = doc.rawText;
  for (const r of revisions) {
    const next = applyPatchExact(text, r.patch ?? "");
    if (!next.ok) throw new AppError("internal", `Revision ${r.seq} of document ${documentId} does not apply (run npm run fsck): ${next.error.message}`);
    model = mergeModels(model, lessonOf(text, next.value, makeRevision(text, next.value).diffs));
    text = next.value;
  }
  return VOUCHED.has(doc.status) ? mergeModels(model, vouchedWords(doc.headText)) : model;
}
