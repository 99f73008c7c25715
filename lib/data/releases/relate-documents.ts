import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { isSymmetric, RELATIONS, type Relation } from "../../records/relations";
import { recordAudit } from "../audit/audit";

/**
 * Relates two documents (another release, a reply, an enclosure, the same document): 422 for a
 * document related to itself or an unknown relation, 404 for either document missing, 409 when
 * the two are related that way already (either way round, for a symmetric relation).
 */
export async function relateDocuments({ documentId, otherId, relation, actorId }: { documentId: string; otherId: string; relation: string; actorId: string }) {
  if (!(RELATIONS as readonly string[]).includes(relation)) throw new AppError("invalid", `A relation is one of ${RELATIONS.join(", ")}`, { field: "relation" });
  if (documentId === otherId) throw new AppError("invalid", "A document cannot be related to itself", { field: "documentId" });
  return getDb().$transaction(async (tx) => {
    const found = await tx.document.findMany({ where: { id: { in: [documentId, otherId] }, deletedAt: null }, select: { id: true } });
    if (found.length < 2) throw new AppError("not_found", `No document with id ${found.some((d) => d.id === documentId) ? otherId : documentId}`);
    const pairs = isSymmetric(relation as Relation) ? [{ fromId: documentId, toId: otherId }, { fromId: otherId, toId: documentId }] : [{ fromId: documentId, toId: otherId }];
    if (await tx.documentRelation.findFirst({ where: { relation, OR: pairs } })) throw new AppError("conflict", "The two documents are related this way already");
    const created = await tx.documentRelation.create({ data: { fromId: documentId, toId: otherId, relation, authorId: actorId }, select: { id: true } });
    await recordAudit({ tx, actorId, action: "document.relate", subjectType: "document", subjectId: documentId, detail: `${relation} ${otherId}` });
    return created;
  });
}
