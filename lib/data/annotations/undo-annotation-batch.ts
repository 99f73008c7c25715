import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";
import { requireAnnotationOwner } from "./annotation-checks";

/** Takes a batch's annotations away again, those still there; its author or an admin; twice is a 409. */
export async function undoAnnotationBatch({ id, actor }: { id: string; actor: UserRef }) {
  return getDb().$transaction(async (tx) => {
    const batch = await tx.annotationBatch.findUnique({ where: { id }, select: { undoneAt: true, tag: true, query: true, authorId: true } });
    if (!batch) throw new AppError("not_found", `No annotation batch with id ${id}`);
    requireAnnotationOwner(actor, batch.authorId);
    const moved = await tx.annotationBatch.updateMany({ where: { id, undoneAt: null }, data: { undoneAt: new Date() } });
    if (moved.count !== 1) throw new AppError("conflict", "This batch was undone already");
    const removed = await tx.annotation.deleteMany({ where: { batchId: id } });
    await recordAudit({ tx, actorId: actor.id, action: "annotation.batch_undo", subjectType: "annotation", subjectId: id, detail: `Removed the ${removed.count} ${batch.tag} annotation(s) made for “${batch.query}”` });
    return { id, removed: removed.count };
  });
}
