import { toAnnotationPage, webAnnotationUrls } from "../annotations/web-annotation";
import { findCorrections } from "./provenance";
import type { ExportDocument } from "./types";

/**
 * The document, its revisions and its corrections as JSON, in a W3C AnnotationPage that holds
 * its annotations: the file itself passes the W3C annotation checks. Every correction names
 * the revision that made it and who accepted that revision.
 */
export function toJson(doc: ExportDocument, pageUrl: string): string {
  const page = toAnnotationPage(pageUrl, doc.annotations, webAnnotationUrls(doc.baseUrl, doc.id));
  return `${JSON.stringify(
    {
      ...page,
      document: {
        id: doc.id, title: doc.title, sourceRef: doc.sourceRef, collectionId: doc.collection.id, status: doc.status,
        headSeq: doc.headSeq, rawSha256: doc.rawSha256,
        // As GET /api/documents/:id has it: what import recorded, and the record's fields by name.
        metadata: { ...(typeof doc.metadata === "object" && doc.metadata ? doc.metadata : {}), ...doc.record.values }, rawText: doc.rawText, text: doc.text,
      },
      revisions: doc.revisions.map((r) => ({
        seq: r.seq, parentSeq: r.parentSeq, author: r.author?.username ?? null, authorName: r.author?.displayName ?? null,
        message: r.message, createdAt: r.createdAt, patch: r.patch, patchFormat: r.patchFormat, sha256: r.sha256,
        approvedBy: r.approvedBy?.username ?? null, approvedAt: r.seq ? r.approvedAt : null, proposalId: r.proposalId,
      })),
      corrections: findCorrections(doc.revisionTexts, doc.revisions).map((c) => ({ ...c, approvedBy: c.approvedBy?.username ?? null })),
      entities: doc.entities,
    },
    null,
    2,
  )}\n`;
}
