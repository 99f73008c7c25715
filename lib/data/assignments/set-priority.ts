import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import { MAX_ASSIGNED } from "./assign-documents";

export const PRIORITY_LABELS: Record<number, string> = { 1: "high", 0: "normal", [-1]: "low" };

/**
 * Sets where documents come in the collection's work (the next task takes higher first), each
 * change audited, in one transaction; 404 naming a document that does not exist.
 */
export async function setPriority({ documentIds, priority, actorId }: { documentIds: string[]; priority: number; actorId: string }) {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0 || ids.length > MAX_ASSIGNED) throw new AppError("invalid", `Name 1 to ${MAX_ASSIGNED} documents`, { field: "documentIds" });
  if (!(priority in PRIORITY_LABELS)) throw new AppError("invalid", "The priority is 1 (high), 0 (normal) or -1 (low)", { field: "priority" });
  return getDb().$transaction(async (tx) => {
    const found = await tx.document.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, priority: true, updatedAt: true } });
    const missing = ids.find((id) => !found.some((d) => d.id === id));
    if (missing) throw new AppError("not_found", `No document with id ${missing}`);
    const changed = found.filter((d) => d.priority !== priority);
    // updatedAt is left alone: a priority is about the work, not the record, and must not reorder "last changed".
    for (const d of changed) {
      await tx.document.update({ where: { id: d.id }, data: { priority, updatedAt: d.updatedAt } });
      await recordAudit({ tx, actorId, action: "document.priority", subjectType: "document", subjectId: d.id, documentId: d.id, fromState: PRIORITY_LABELS[d.priority] ?? String(d.priority), toState: PRIORITY_LABELS[priority], detail: null });
    }
    return { changed: changed.length };
  });
}
