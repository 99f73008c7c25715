import "server-only";
import { quoteAt } from "../../anchoring/quote";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { checkRange, checkTagAndEntity, headOf, redactionData, requireAnnotationOwner, type Actor } from "./annotation-checks";
import { storedExtras } from "./annotation-shape";
import { ANNOTATION_SELECT, type AnnotationInput } from "./annotation-shape";

/**
 * Changes an annotation's tag, comment or entity, or re-attaches it to a new range of the head
 * text (which makes an orphan anchored again).
 */
export async function updateAnnotation({ id, changes: input, actor }: { id: string; changes: Partial<AnnotationInput>; actor: Actor }) {
  return getDb().$transaction(async (tx) => {
    const current = await tx.annotation.findUnique({ where: { id }, select: { documentId: true, authorId: true, tag: true, exemptions: true, extentQuantity: true, extentUnit: true, extentAtMost: true, source: true, box: true, fromDocumentId: true, fromSeq: true } });
    if (!current) throw new AppError("not_found", `No annotation with id ${id}`);
    requireAnnotationOwner(actor, current.authorId);
    const doc = await headOf(tx, current.documentId);
    await checkTagAndEntity(tx, doc.collectionId, input.tag, input.entityId);
    const moving = input.start !== undefined || input.end !== undefined;
    if (moving && (input.start === undefined || input.end === undefined)) throw new AppError("invalid", "Re-attaching needs both start and end");
    if (moving) checkRange(doc.headText, input.start!, input.end!);
    // Codes and extent are checked whenever they or the tag change; what is not sent is kept.
    const tag = input.tag ?? current.tag;
    const kept = storedExtras(current);
    const redaction =
      input.tag !== undefined || input.exemptions !== undefined || input.extent !== undefined
        ? await redactionData(tx, doc.collectionId, tag, tag === "redaction" ? { exemptions: input.exemptions ?? kept.exemptions, extent: input.extent !== undefined ? input.extent : kept.extent } : input)
        : {};
    return tx.annotation.update({
      where: { id },
      data: {
        ...(input.tag !== undefined ? { tag: input.tag } : {}),
        ...(input.body !== undefined ? { body: input.body?.trim() || null } : {}),
        ...(input.entityId !== undefined ? { entityId: input.entityId || null } : {}),
        ...redaction,
        ...(moving ? { ...quoteAt(doc.headText, input.start!, input.end!), status: "anchored", score: 1, anchoredSeq: doc.headSeq } : {}),
      },
      select: ANNOTATION_SELECT,
    });
  });
}
