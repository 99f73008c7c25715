import "server-only";
import { getDb } from "../../server/db";
import { isAppError } from "../../errors";
import { errorRates } from "../../metrics/error-rates";
import { applyPatchExact } from "../../revisions/apply-patch";
import { getRevisionText } from "../revisions/revisions";

/**
 * Works out a revision's error rates (its text as the reference, the raw OCR as the hypothesis)
 * and stores them on the revision: the "error-rates" job a save sends with its revision.
 */
export async function recordRevisionErrorRates({ documentId, seq }: { documentId: string; seq: number }) {
  // A document deleted meanwhile has nothing left to measure.
  const text = await getRevisionText({ documentId, seq }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "not_found") return null;
    throw e;
  });
  if (text !== null) await recordErrorRates({ documentId, seq, text });
}

export async function recordErrorRates({ documentId, seq, text }: { documentId: string; seq: number; text: string }) {
  const db = getDb();
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { rawText: true } });
  if (!doc) return;
  const { cer, wer } = errorRates(text, doc.rawText);
  await db.revision.updateMany({ where: { documentId, seq }, data: { cer, wer } });
}

/**
 * Fills in the rates that are missing (revisions from a database older than the rates),
 * replaying each such document's chain once.
 */
export async function fillErrorRates({ onProgress }: { onProgress?: (done: number, total: number) => void } = {}) {
  const db = getDb();
  const docs = await db.revision.findMany({ where: { cer: null }, distinct: ["documentId"], select: { documentId: true } });
  for (const [i, { documentId }] of docs.entries()) {
    const doc = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { rawText: true } });
    const revisions = await db.revision.findMany({ where: { documentId }, orderBy: { seq: "asc" }, select: { seq: true, patch: true, cer: true } });
    let text = doc.rawText;
    for (const r of revisions) {
      if (r.seq > 0) {
        const next = applyPatchExact(text, r.patch ?? "");
        if (!next.ok) break; // a broken chain is fsck's to report
        text = next.value;
      }
      if (r.cer === null) {
        const { cer, wer } = errorRates(text, doc.rawText);
        await db.revision.updateMany({ where: { documentId, seq: r.seq }, data: { cer, wer } });
      }
    }
    onProgress?.(i + 1, docs.length);
  }
  return { documents: docs.length };
}
