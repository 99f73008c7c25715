import "server-only";
import { parsePageLayer } from "../pages/page-shape";
import { licenceOf, metadataSchemaOf, parseCollectionSettings } from "../collections/collection-settings-shape";
import { readDocumentFields } from "../records/read-document-fields";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import type { ExportDocument, ExportRevision } from "../../export/types";
import { applyPatchExact } from "../../revisions/apply-patch";
import { listAnnotations } from "../annotations/list-annotations";
import { AUTHOR_SELECT } from "../users/author-ref";
import { cropLines } from "../pages/crop-lines";
import { iiifPath } from "../pages/list-pages";
import { parseEntityVariants } from "../entities/entity-shape";
import { parseDocumentMetadata } from "../documents/document-shape";


/**
 * Everything the export formats need about one document: its texts at every revision (replayed
 * once from the raw OCR), who accepted each revision (the reviewer of the proposal it came from,
 * or whoever committed it directly), its annotations, and the entities they link to.
 */
export async function getExportDocument({ id, baseUrl, lineImages = false }: { id: string; baseUrl: string; lineImages?: boolean }): Promise<ExportDocument> {
  const db = getDb();
  const doc = await db.document.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true, title: true, sourceRef: true, status: true, headSeq: true, rawText: true, headText: true, rawSha256: true, metadata: true,
      collection: { select: { id: true, name: true, settings: true } },
      pages: { orderBy: { index: "asc" }, select: { id: true, index: true, width: true, height: true, imageName: true, layer: true, imageKey: true, imagePage: true } },
    },
  });
  if (!doc) throw new AppError("not_found", `No document with id ${id}`);
  const schema = metadataSchemaOf(parseCollectionSettings(doc.collection.settings));
  const [rows, proposals, annotations, values] = await Promise.all([
    db.revision.findMany({
      where: { documentId: id },
      orderBy: { seq: "asc" },
      select: { seq: true, parentSeq: true, message: true, createdAt: true, patch: true, patchFormat: true, sha256: true, author: AUTHOR_SELECT },
    }),
    db.proposal.findMany({
      where: { documentId: id, status: "approved", resultSeq: { not: null } },
      select: { id: true, resultSeq: true, decidedAt: true, reviewer: AUTHOR_SELECT },
    }),
    listAnnotations({ documentId: id }),
    readDocumentFields({ documentId: id, schema }),
  ]);
  const approvals = new Map(proposals.map((p) => [p.resultSeq, p]));
  const person = (p: { username: string; displayName: string } | null) => (p ? { username: p.username, displayName: p.displayName } : null);
  const revisions: ExportRevision[] = rows.map((r) => {
    const approval = approvals.get(r.seq);
    return {
      seq: r.seq,
      parentSeq: r.parentSeq,
      author: person(r.author),
      message: r.message,
      createdAt: r.createdAt.toISOString(),
      patch: r.patch,
      patchFormat: r.patchFormat,
      sha256: r.sha256,
      approvedBy: r.seq === 0 ? null : approval ? person(approval.reviewer) : person(r.author),
      approvedAt: (approval?.decidedAt ?? r.createdAt).toISOString(),
      proposalId: approval?.id ?? null,
    };
  });
  const revisionTexts = [doc.rawText];
  for (const r of rows.slice(1)) {
    const next = applyPatchExact(revisionTexts[revisionTexts.length - 1], r.patch ?? "");
    if (!next.ok) throw new AppError("internal", `Revision ${r.seq} of document ${id} does not replay: run npm run fsck`);
    revisionTexts.push(next.value);
  }
  const entityIds = [...new Set(annotations.map((a) => a.entityId).filter((e): e is string => Boolean(e)))];
  const entities = entityIds.length
    ? await db.entity.findMany({ where: { id: { in: entityIds } }, select: { id: true, type: true, name: true, variants: true, externalId: true, notes: true } })
    : [];
  return {
    id: doc.id,
    title: doc.title,
    sourceRef: doc.sourceRef,
    collection: { id: doc.collection.id, name: doc.collection.name, licence: licenceOf(parseCollectionSettings(doc.collection.settings)) },
    status: doc.status,
    headSeq: doc.headSeq,
    rawText: doc.rawText,
    text: doc.headText,
    rawSha256: doc.rawSha256,
    metadata: parseDocumentMetadata(doc.metadata),
    record: { fields: schema.fields, values },
    revisions,
    revisionTexts,
    annotations: annotations.map((a) => ({
      id: a.id, start: a.start, end: a.end, startCodePoint: a.startCodePoint, endCodePoint: a.endCodePoint, tag: a.tag, body: a.body,
      entityId: a.entityId, status: a.status, exact: a.exact, prefix: a.prefix, suffix: a.suffix, author: a.author,
      createdAt: a.createdAt, updatedAt: a.updatedAt, anchoredSeq: a.anchoredSeq,
    })),
    entities: entities.map((e) => ({ ...e, variants: parseEntityVariants(e.variants) })),
    exportedAt: new Date().toISOString(),
    baseUrl,
    ...(lineImages ? { lineImages: await Promise.all(doc.pages.map((p) => (p.layer ? cropLines({ page: p, layer: parsePageLayer(p.layer)! }) : []))) } : {}),
    pages: doc.pages.map((p) => ({
      index: p.index, width: p.width, height: p.height, imageName: p.imageName,
      iiif: `${baseUrl}${iiifPath(p.id)}`, layer: parsePageLayer(p.layer),
    })),
  };
}
