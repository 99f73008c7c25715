import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { seenFrom, type Relation, type RelationAsSeen } from "../../records/relations";

export interface RelatedDocument {
  /** The relation's id, to remove it by. */
  id: string;
  documentId: string;
  relation: RelationAsSeen;
  title: string;
  sourceRef: string | null;
  headSeq: number;
}

/** The documents related to one, both ways, each relation as this document reads it; deleted documents left out. */
export async function listReleases({ documentId }: { documentId: string }): Promise<RelatedDocument[]> {
  const db = getDb();
  if (!(await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { id: true } }))) throw new AppError("not_found", `No document with id ${documentId}`);
  const select = { id: true, title: true, sourceRef: true, headSeq: true, deletedAt: true } as const;
  const rows = await db.documentRelation.findMany({
    where: { OR: [{ fromId: documentId }, { toId: documentId }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, relation: true, fromId: true, from: { select }, to: { select } },
  });
  return rows.flatMap((r) => {
    const mine = r.fromId === documentId;
    const other = mine ? r.to : r.from;
    if (other.deletedAt) return [];
    return [{ id: r.id, documentId: other.id, relation: seenFrom(r.relation as Relation, mine), title: other.title, sourceRef: other.sourceRef, headSeq: other.headSeq }];
  });
}
