import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { nextDocumentStatus, type DocumentStatus, type DocumentEvent } from "../../review/transitions";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";
import { vouchedWords } from "../../suggest/model";
import { applyLesson } from "../learning/apply-lesson-sql";
import { VOUCHED } from "../learning/document-lesson";

/**
 * Proofreading levels, as Wikisource has them: a corrector marks a document corrected once no
 * proposal is open; a reviewer other than the one who marked it confirms it as approved.
 */
export async function markDocument(input: { documentId: string; user: UserRef; level: "corrected" | "approved" }) {
  return getDb().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: input.documentId, deletedAt: null }, select: { status: true, markedCorrectedById: true, collectionId: true, headText: true } });
    if (!doc) throw new AppError("not_found", `No document with id ${input.documentId}`);
    let event: DocumentEvent;
    if (input.level === "corrected") {
      const openProposals = await tx.proposal.count({ where: { documentId: input.documentId, status: { in: ["proposed", "needs_rebase"] } } });
      event = { kind: "mark_corrected", by: input.user.id, openProposals };
    } else {
      event = { kind: "approve", by: input.user.id, markedCorrectedBy: doc.markedCorrectedById };
    }
    const next = nextDocumentStatus(doc.status as DocumentStatus, event);
    if (!next.ok) throw new AppError(next.error.code === "four_eyes" ? "forbidden" : "conflict", next.error.message, { reason: next.error.code });
    const moved = await tx.document.updateMany({
      where: { id: input.documentId, status: doc.status },
      data: {
        status: next.value.status,
        statusReason: null,
        ...(input.level === "corrected" ? { markedCorrectedById: input.user.id } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError("conflict", "The document's status changed meanwhile: reload the page");
    // Marked corrected, the whole text is vouched for: its words teach the suggestion model.
    if (!VOUCHED.has(doc.status) && VOUCHED.has(next.value.status)) {
      await applyLesson({ tx, collectionId: doc.collectionId, lesson: vouchedWords(doc.headText) });
    }
    await recordAudit({ tx, 
      actorId: input.user.id, action: `document.${input.level === "corrected" ? "mark_corrected" : "approve"}`, subjectType: "document",
      subjectId: input.documentId, documentId: input.documentId, fromState: doc.status, toState: next.value.status,
    });
    return { status: next.value.status };
  });
}
