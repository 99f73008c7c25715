import "server-only";
import { getDb } from "../../server/db";
import { annotationRows, type AnnotationSqlRow } from "./annotation-sql";
import { sqlDate } from "../raw-values";
import { headOf } from "./annotation-checks";
import type { AnnotationRow } from "./annotation-shape";
import { withCodePoints } from "./with-code-points";

/**
 * A document's annotations in text order, orphans last, with code-point offsets for W3C.
 * An orphan's offsets hold on the revision it was last anchored to, so that text is rebuilt.
 *
 * `head` is the document's head as the caller already read it (the editor page does), which
 * saves reading its text again. One prepared join (lib/server/db/prepared-read): the editor page lists these on every load,
 * and Prisma would compile three queries (annotations, their authors, their entities).
 */
export async function listAnnotations({ documentId, head }: { documentId: string; head?: { headText: string; headSeq: number } }) {
  const db = getDb();
  const doc = head ?? (await headOf(db, documentId));
  const found = await annotationRows(documentId);
  const ordered = await withCodePoints(db, documentId, doc, found.map(toRow));
  return [...ordered.filter((r) => r.status !== "orphaned"), ...ordered.filter((r) => r.status === "orphaned")];
}

function toRow(r: AnnotationSqlRow): AnnotationRow {
  return {
    id: r.id, documentId: r.documentId, start: Number(r.start), end: Number(r.end), exact: r.exact, prefix: r.prefix, suffix: r.suffix,
    tag: r.tag, body: r.body, entityId: r.entityId, status: r.status, score: Number(r.score), anchoredSeq: Number(r.anchoredSeq),
    createdAt: sqlDate(r.createdAt), updatedAt: sqlDate(r.updatedAt),
    author: r.authorId ? { id: r.authorId, username: r.authorUsername!, displayName: r.authorDisplayName! } : null,
    entity: r.entityId && r.entityName !== null ? { id: r.entityId, name: r.entityName, type: r.entityType! } : null,
    source: r.source, exemptions: r.exemptions, extentQuantity: r.extentQuantity === null ? null : Number(r.extentQuantity), extentUnit: r.extentUnit,
    extentAtMost: Boolean(Number(r.extentAtMost)), box: r.box, fromDocumentId: r.fromDocumentId, fromSeq: r.fromSeq === null ? null : Number(r.fromSeq),
  };
}
