import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { requireAnnotationOwner, type Actor } from "./annotation-checks";

/** Deletes an annotation its author (or a reviewer or admin) no longer wants; check and delete in one transaction. */
export async function deleteAnnotation({ id, actor }: { id: string; actor: Actor }) {
  await getDb().$transaction(async (tx) => {
    const current = await tx.annotation.findUnique({ where: { id }, select: { authorId: true } });
    if (!current) throw new AppError("not_found", `No annotation with id ${id}`);
    requireAnnotationOwner(actor, current.authorId);
    await tx.annotation.delete({ where: { id } });
  });
}
