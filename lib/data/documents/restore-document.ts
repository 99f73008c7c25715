import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";
import { RESTORE_DAYS, RESTORE_WINDOW_MS } from "./restore-window";

/** Brings a deleted document back, within RESTORE_DAYS of its deletion, with an audit event. */
export async function restoreDocument({ id, actor, now = new Date() }: { id: string; actor: UserRef; now?: Date }) {
  return getDb().$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: { id }, select: { deletedAt: true, title: true } });
    if (!doc?.deletedAt) throw new AppError("not_found", `No deleted document with id ${id}`);
    if (now.getTime() - doc.deletedAt.getTime() > RESTORE_WINDOW_MS) {
      throw new AppError("conflict", `“${doc.title}” was deleted more than ${RESTORE_DAYS} days ago and can no longer be restored`);
    }
    await tx.document.update({ where: { id }, data: { deletedAt: null, deletedById: null } });
    await recordAudit({ tx,  actorId: actor.id, action: "document.restore", subjectType: "document", subjectId: id, documentId: id, detail: `Restored “${doc.title}”` });
    return { id, deleted: false };
  });
}
