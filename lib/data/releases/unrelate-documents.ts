import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";

/** Removes a relation of the document, whichever end it was stored from; 404 when it has none by that id. */
export async function unrelateDocuments({ documentId, relationId, actorId }: { documentId: string; relationId: string; actorId: string }) {
  await getDb().$transaction(async (tx) => {
    const row = await tx.documentRelation.findFirst({ where: { id: relationId, OR: [{ fromId: documentId }, { toId: documentId }] }, select: { relation: true, fromId: true, toId: true } });
    if (!row) throw new AppError("not_found", `The document has no relation ${relationId}`);
    await tx.documentRelation.delete({ where: { id: relationId } });
    await recordAudit({ tx, actorId, action: "document.unrelate", subjectType: "document", subjectId: documentId, detail: `${row.relation} ${row.fromId === documentId ? row.toId : row.fromId}` });
  });
}
