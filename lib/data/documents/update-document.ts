import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary } from "./document-shape";
import type { UserRef } from "../users/users";
import { applyLesson } from "../learning/apply-lesson-sql";
import { documentLesson } from "../learning/document-lesson";
import { indexFields } from "../search/index-document";
import { fieldValue } from "../search/search-index-shape";
import { getMetadataSchema } from "../records/get-metadata-schema";
import { readDocumentFields } from "../records/read-document-fields";
import { updateDocumentMetadata } from "../records/update-document-metadata";

export interface DocumentChanges {
  title?: string;
  sourceRef?: string | null;
  collectionId?: string;
  /** Record fields by name (lib/records), checked against the schema of the collection it ends in. */
  metadata?: Record<string, unknown>;
}

/**
 * Changes a document's title, source reference, collection or metadata fields, with one audit
 * event naming each change, in one transaction. Moving into a collection that already holds the same raw text is a 409, as the
 * import of a duplicate is.
 */
export async function updateDocument({ id, changes, actor }: { id: string; changes: DocumentChanges; actor: UserRef }) {
  return getDb().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id, deletedAt: null },
      select: { title: true, sourceRef: true, collectionId: true, rawSha256: true, collection: { select: { name: true } } },
    });
    if (!doc) throw new AppError("not_found", `No document with id ${id}`);
    const data: { title?: string; sourceRef?: string | null; collectionId?: string } = {};
    const said: string[] = [];
    if (changes.title !== undefined && changes.title.trim() !== doc.title) {
      if (!changes.title.trim()) throw new AppError("invalid", "A document needs a title");
      data.title = changes.title.trim();
      said.push(`title “${doc.title}” → “${data.title}”`);
    }
    if (changes.sourceRef !== undefined && (changes.sourceRef?.trim() || null) !== doc.sourceRef) {
      data.sourceRef = changes.sourceRef?.trim() || null;
      said.push(`source reference ${doc.sourceRef ?? "(none)"} → ${data.sourceRef ?? "(none)"}`);
    }
    if (changes.collectionId !== undefined && changes.collectionId !== doc.collectionId) {
      const target = await tx.collection.findUnique({ where: { id: changes.collectionId }, select: { name: true } });
      if (!target) throw new AppError("invalid", `No collection with id ${changes.collectionId}`);
      const twin = await tx.document.findUnique({ where: { collectionId_rawSha256: { collectionId: changes.collectionId, rawSha256: doc.rawSha256 } }, select: { id: true, title: true } });
      if (twin) {
        throw new AppError("conflict", `“${target.name}” already holds this text as “${twin.title}”`, { reason: "duplicate_document", documentId: twin.id });
      }
      data.collectionId = changes.collectionId;
      said.push(`collection ${doc.collection.name} → ${target.name}`);
      // What the document taught moves with it: its corrections now teach the new collection.
      const lesson = await documentLesson({ tx, documentId: id });
      await applyLesson({ tx, collectionId: doc.collectionId, lesson, sign: -1 });
      await applyLesson({ tx, collectionId: changes.collectionId, lesson });
    }
    const row = said.length ? await tx.document.update({ where: { id }, data, select: DOCUMENT_SUMMARY_SELECT }) : await tx.document.findUniqueOrThrow({ where: { id }, select: DOCUMENT_SUMMARY_SELECT });
    if (data.title !== undefined || data.sourceRef !== undefined) {
      await indexFields({ tx, documentId: id, values: { meta: fieldValue({ headText: "", rawText: "", title: row.title, sourceRef: row.sourceRef }, "meta") } });
    }
    if (said.length) await recordAudit({ tx,  actorId: actor.id, action: "document.update", subjectType: "document", subjectId: id, documentId: id, detail: `Changed ${said.join("; ")}` });
    const metadata = changes.metadata === undefined
      ? await readDocumentFields({ tx, documentId: id, schema: await getMetadataSchema({ tx, collectionId: row.collectionId }) })
      : await updateDocumentMetadata({ tx, documentId: id, values: changes.metadata, actorId: actor.id });
    return { ...toDocumentSummary(row), metadata };
  });
}
