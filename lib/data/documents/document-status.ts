import "server-only";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { nextDocumentStatus, type DocumentStatus, type DocumentEvent } from "../../review/transitions";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";

/**
 * Proofreading levels, as Wikisource has them: a corrector marks a document corrected once no
 * proposal is open; a reviewer other than the one who marked it confirms it as approved.
 */
export async function markDocument(input: { documentId: string; user: UserRef; level: "corrected" | "approved" }) {
  return getDb().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: input.documentId, deletedAt: null }, select: { status: true, markedCorrectedById: true } });
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
    await recordAudit({ tx, 
      actorId: input.user.id, action: `document.${input.level === "corrected" ? "mark_corrected" : "approve"}`, subjectType: "document",
      subjectId: input.documentId, documentId: input.documentId, fromState: doc.status, toState: next.value.status,
    });
    return { status: next.value.status };
  });
}

export type StatusCounts = Record<DocumentStatus, number>;

/** Each collection with how many of its documents are at each status, for the progress bars. */
export async function listCollectionProgress() {
  const db = getDb();
  const [collections, rows] = await Promise.all([
    db.collection.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.document.groupBy({ by: ["collectionId", "status"], where: { deletedAt: null }, _count: { _all: true } }),
  ]);
  return collections.map((c) => {
    const counts: StatusCounts = { raw: 0, in_progress: 0, corrected: 0, approved: 0 };
    for (const r of rows) if (r.collectionId === c.id && r.status in counts) counts[r.status as DocumentStatus] = r._count._all;
    return { ...c, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
}

/** What the document header shows about review: open proposals, and who marked it corrected. */
export async function getReviewState({ documentId }: { documentId: string }) {
  const db = getDb();
  const [openProposals, doc] = await Promise.all([
    db.proposal.count({ where: { documentId, status: { in: ["proposed", "needs_rebase"] } } }),
    db.document.findUnique({ where: { id: documentId }, select: { markedCorrectedBy: { select: { id: true, displayName: true } } } }),
  ]);
  return { openProposals, markedBy: doc?.markedCorrectedBy ?? null };
}
