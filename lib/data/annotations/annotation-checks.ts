import "server-only";
import { exemptionCodesOf, parseCollectionSettings, tagSetOf } from "../collections/collection-settings-shape";
import { checkRedaction, redactionColumns, type Extent } from "../../records/redaction";

import { canEditAnnotation } from "../../auth/permissions";
import type { DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { isHighSurrogate, isLowSurrogate } from "../../revisions/surrogates";

export type Actor = { id: string; role: string };

export function requireAnnotationOwner(actor: Actor, authorId: string | null) {
  if (!canEditAnnotation(actor, authorId)) throw new AppError("forbidden", "Correctors may change only their own annotations; a reviewer can change this one");
}

const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));

/** Checks a range on the head text: integers, start < end ≤ length, no split surrogate pair. */
export function checkRange(text: string, start: number, end: number) {
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new AppError("invalid", "start and end must be integers");
  if (start < 0 || end > text.length) throw new AppError("invalid", `The range [${start}, ${end}) is outside the text (length ${text.length})`);
  if (start >= end) throw new AppError("invalid", `The range [${start}, ${end}) is empty or inverted`);
  if (splitsPair(text, start) || splitsPair(text, end)) throw new AppError("invalid", "The range splits a surrogate pair (half a character)");
}

export async function checkTagAndEntity(db: DbTx, collectionId: string, tag: string | undefined, entityId: string | null | undefined) {
  if (tag !== undefined) {
    const collection = await db.collection.findUniqueOrThrow({ where: { id: collectionId }, select: { settings: true } });
    const tags = tagSetOf(parseCollectionSettings(collection.settings));
    if (!tags.some((t) => t.key === tag)) {
      throw new AppError("invalid", `Unknown tag "${tag}"; this collection's tags are ${tags.map((t) => t.key).join(", ")}`);
    }
  }
  if (entityId) {
    const entity = await db.entity.findUnique({ where: { id: entityId }, select: { id: true } });
    if (!entity) throw new AppError("invalid", `Unknown entity ${entityId}`);
  }
}

export async function headOf(db: DbTx, documentId: string) {
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { headText: true, headSeq: true, collectionId: true } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  return doc;
}

/**
 * The stored columns of a redaction's codes and extent, checked against the collection's code
 * list (422 naming the code); codes or an extent on another tag are refused, and a tag changed
 * away from redaction clears them.
 */
export async function redactionData(db: DbTx, collectionId: string, tag: string, input: { exemptions?: string[]; extent?: Extent | null }) {
  if (tag !== "redaction") {
    if (input.exemptions?.length || input.extent) throw new AppError("invalid", `Exemptions and an extent belong to redactions, not to “${tag}”`, { field: input.exemptions?.length ? "exemptions" : "extent" });
    return { exemptions: null, extentQuantity: null, extentUnit: null, extentAtMost: false };
  }
  const collection = await db.collection.findUniqueOrThrow({ where: { id: collectionId }, select: { settings: true } });
  const checked = checkRedaction(input, exemptionCodesOf(parseCollectionSettings(collection.settings)));
  if (!checked.ok) throw new AppError("invalid", checked.error, { field: /extent/i.test(checked.error) ? "extent" : "exemptions" });
  return redactionColumns(checked.value);
}
