import "server-only";
import { quoteAt } from "../../anchoring/quote";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
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
    if (input.box) {
      const page = await tx.page.findFirst({ where: { id: input.box.pageId, documentId: input.documentId }, select: { width: true, height: true } });
      if (!page) throw new AppError("invalid", `The box is on page ${input.box.pageId}, which is not a page of this document`, { field: "box" });
      if (input.box.x + input.box.w > page.width + 1 || input.box.y + input.box.h > page.height + 1) throw new AppError("invalid", `The box is outside the page (${page.width} × ${page.height} pixels)`, { field: "box" });
    }
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
        ...(input.box ? { box: JSON.stringify(input.box) } : {}),
        ...(input.suppliedFrom ? { fromDocumentId: input.suppliedFrom.documentId, fromSeq: input.suppliedFrom.seq } : {}),
      },
      select: ANNOTATION_SELECT,
    });
  });
}
