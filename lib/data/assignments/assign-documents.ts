import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import { announce } from "../notifications/announce";
import { notify } from "../notifications/notify";

/** The most documents one request assigns: a range of a collection, not the archive. */
export const MAX_ASSIGNED = 500;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Assigns documents to a person (or, with `userId: null`, takes them off whoever has them), with
 * an optional due day. A document has one assignee at a time: assigning it again replaces the
 * last. 422 for an unknown or disabled person, a day that is not one, or too many documents; 404
 * naming a document that does not exist. Each document's change is audited, in one transaction.
 */
export async function assignDocuments({ documentIds, userId, dueDate, actorId }: { documentIds: string[]; userId: string | null; dueDate?: string | null; actorId: string }) {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) throw new AppError("invalid", "Name at least one document", { field: "documentIds" });
  if (ids.length > MAX_ASSIGNED) throw new AppError("invalid", `At most ${MAX_ASSIGNED} documents at once`, { field: "documentIds" });
  if (dueDate && (!ISO_DAY.test(dueDate) || Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) || new Date(`${dueDate}T00:00:00Z`).toISOString().slice(0, 10) !== dueDate)) {
    throw new AppError("invalid", `The due date is a day such as 2027-01-31, not “${dueDate}”`, { field: "dueDate" });
  }
  const { result, told } = await getDb().$transaction(async (tx) => {
    let name = "";
    if (userId) {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true, displayName: true } });
      if (!user || user.disabledAt) throw new AppError("invalid", user ? "That account is disabled" : `No user with id ${userId}`, { field: "userId" });
      name = user.displayName;
    }
    const found = await tx.document.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } });
    const missing = ids.find((id) => !found.some((d) => d.id === id));
    if (missing) throw new AppError("not_found", `No document with id ${missing}`);
    const before = await tx.assignment.findMany({ where: { documentId: { in: ids } }, select: { documentId: true, userId: true, user: { select: { displayName: true } } } });
    await tx.assignment.deleteMany({ where: { documentId: { in: ids } } });
    if (userId) await tx.assignment.createMany({ data: ids.map((documentId) => ({ documentId, userId, assignedById: actorId, dueDate: dueDate || null })) });
    for (const documentId of ids) {
      const was = before.find((b) => b.documentId === documentId);
      if (!userId && !was) continue;
      const detail = userId ? `assigned to ${name}${dueDate ? `, due ${dueDate}` : ""}` : `taken off ${was!.user.displayName}`;
      await recordAudit({ tx, actorId, action: "document.assign", subjectType: "document", subjectId: documentId, documentId, fromState: was?.userId ?? null, toState: userId, detail });
    }
    const told = userId ? await tellAssigned({ tx, userId, ids, dueDate: dueDate || null, actorId }) : [];
    return { result: { assigned: userId ? ids.length : 0, replaced: before.filter((b) => b.userId !== userId).length }, told };
  });
  await announce(told);
  return result;
}

/** One notification per assignment, however many documents: "Rita Reviewer assigned you 12 documents, due 31 Jan 2027". */
async function tellAssigned({ tx, userId, ids, dueDate, actorId }: { tx: DbTx; userId: string; ids: string[]; dueDate: string | null; actorId: string }) {
  const [actor, first] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { displayName: true } }),
    tx.document.findUniqueOrThrow({ where: { id: ids[0] }, select: { title: true } }),
  ]);
  const what = ids.length === 1 ? `“${first.title}”` : `${ids.length} documents, “${first.title}” first`;
  const link = ids.length === 1 ? `/documents/${ids[0]}` : "/work";
  return notify({ tx, userIds: [userId], kind: "assigned", text: `${actor.displayName} assigned you ${what}${dueDate ? `, due ${dueDate}` : ""}`, link, actorId });
}
