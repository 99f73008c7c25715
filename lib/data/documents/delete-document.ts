import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";

/**
 * Soft-deletes a document: from now on it answers 404 and is left out of every list, search,
 * queue and export, while its text, revisions, annotations and proposals stay untouched so an
 * admin can restore it. With an audit event, in one transaction.
 */
export async function deleteDocument({ id, actor }: { id: string; actor: UserRef }) {
  return getDb().$transaction(async (tx) => {
    const moved = await tx.document.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date(), deletedById: actor.id } });
    if (moved.count !== 1) throw new AppError("not_found", `No document with id ${id}`);
    const doc = await tx.document.findUniqueOrThrow({ where: { id }, select: { title: true } });
    await recordAudit({ tx,  actorId: actor.id, action: "document.delete", subjectType: "document", subjectId: id, documentId: id, detail: `Deleted “${doc.title}”` });
    return { id, deleted: true };
  });
}
