import "server-only";
import { quoteAt } from "../../anchoring/quote";
import { getDb } from "../../server/db";
import { createEntity, type EntityInput } from "../entities/entities";
import { checkRange, checkTagAndEntity, headOf, redactionData } from "./annotation-checks";
import { ANNOTATION_SELECT, type AnnotationInput } from "./annotation-shape";

/**
 * Annotates [start, end) of the head text. Offsets are UTF-16 units; bad input is a 422. A
 * `newEntity` is created in the same transaction, so a refused annotation leaves none behind.
 */
export async function createAnnotation(input: AnnotationInput & { documentId: string; authorId: string; newEntity?: EntityInput; suppliedFrom?: { documentId: string; seq: number } }) {
  return getDb().$transaction(async (tx) => {
    const doc = await headOf(tx, input.documentId);
    checkRange(doc.headText, input.start, input.end);
    await checkTagAndEntity(tx, doc.collectionId, input.tag, input.newEntity ? undefined : input.entityId);
    const redaction = await redactionData(tx, doc.collectionId, input.tag, input);
    const entityId = input.newEntity ? (await createEntity({ ...input.newEntity, tx })).id : input.entityId;
    const quote = quoteAt(doc.headText, input.start, input.end);
    return tx.annotation.create({
      data: {
        documentId: input.documentId,
        ...quote,
        tag: input.tag,
        body: input.body?.trim() || null,
        entityId: entityId || null,
        authorId: input.authorId,
        status: "anchored",
        score: 1,
        anchoredSeq: doc.headSeq,
        ...redaction,
        ...(input.suppliedFrom ? { fromDocumentId: input.suppliedFrom.documentId, fromSeq: input.suppliedFrom.seq } : {}),
      },
      select: ANNOTATION_SELECT,
    });
  });
}
