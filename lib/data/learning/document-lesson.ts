import "server-only";
import type { DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { applyPatchExact } from "../../revisions/apply-patch";
import { makeRevision } from "../../revisions/make-revision";
import { emptyModel, mergeModels, vouchedWords, type SuggestModel } from "../../suggest/model";
import { applyTeaching, historyTeachings, sumTeachings, type HistoryStep, type Teaching } from "../../suggest/teaching";

/** Statuses under which a document's whole text is vouched for by the team. */
export const VOUCHED = new Set(["corrected", "approved"]);

/**
 * What each revision of a document taught its collection, by seq, up to `upTo` (all by
 * default): its history replayed from the raw OCR, each step diffed as the save diffed it, undos
 * and reverts taking back what they undid.
 */
export async function documentTeachings({ tx, documentId, upTo }: { tx: DbTx; documentId: string; upTo?: number }): Promise<Map<number, Teaching>> {
  const doc = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { rawText: true } });
  const revisions = await tx.revision.findMany({
    where: { documentId, seq: { gt: 0, ...(upTo === undefined ? {} : { lte: upTo }) } },
    orderBy: { seq: "asc" },
    select: { seq: true, patch: true, undoesFrom: true, undoesTo: true },
  });
  function* steps(): Generator<HistoryStep> {
    let text = doc.rawText;
    for (const r of revisions) {
      const next = applyPatchExact(text, r.patch ?? "");
      if (!next.ok) throw new AppError("internal", `Revision ${r.seq} of document ${documentId} does not apply (run npm run fsck): ${next.error.message}`);
      const undoes = r.undoesFrom !== null && r.undoesTo !== null ? { from: r.undoesFrom, to: r.undoesTo } : null;
      // An undo's own diff is never learned from, so it is not worked out.
      yield { seq: r.seq, prev: text, next: next.value, diffs: undoes ? undefined : makeRevision(text, next.value).diffs, undoes };
      text = next.value;
    }
  }
  return historyTeachings(steps());
}

/**
 * All that one document has taught its collection, from its history alone, and its words when
 * it stands corrected or approved. This is what the saves add one step at a time.
 */
export async function documentLesson({ tx, documentId }: { tx: DbTx; documentId: string }): Promise<SuggestModel> {
  const doc = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { headText: true, status: true } });
  const model = applyTeaching(emptyModel(), sumTeachings((await documentTeachings({ tx, documentId })).values()));
  return VOUCHED.has(doc.status) ? mergeModels(model, vouchedWords(doc.headText)) : model;
}
