import "server-only";
import { quoteAt } from "../../anchoring/quote";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import type { SearchMode } from "../../search/query";
import { recordAudit } from "../audit/audit";
import { findAllHits } from "../search/find-all-hits";
import type { UserRef } from "../users/users";
import { checkTagAndEntity } from "./annotation-checks";

export interface AnnotateHitsInput {
  query: string;
  mode: SearchMode;
  caseSensitive?: boolean;
  collectionId?: string | null;
  tag: string;
  entityId?: string | null;
}

/**
 * "Annotate every hit as <tag> → <entity>": one annotation per hit of a search in the accepted
 * texts, made as one batch (undone together by undoAnnotationBatch). A hit that already carries an
 * annotation with this tag and entity at the same place is skipped, as is one whose document was
 * saved between finding and storing. Each document's annotations
 * land in one transaction; the tag and entity are checked against each document's collection.
 */
export async function annotateHits({ input, author }: { input: AnnotateHitsInput; author: UserRef }) {
  const db = getDb();
  // First every hit, as the annotation it would become, and every collection touched: the tag and
  // entity are checked for all of them before anything is stored.
  const planned: { documentId: string; headSeq: number; quotes: ReturnType<typeof quoteAt>[] }[] = [];
  const collections = new Set<string>();
  await findAllHits(input, (docs) => {
    for (const doc of docs) {
      collections.add(doc.collectionId);
      planned.push({ documentId: doc.documentId, headSeq: doc.headSeq, quotes: doc.matches.map((m) => quoteAt(doc.headText, m.start, m.end)) });
    }
  });
  if (!planned.length) throw new AppError("invalid", "The search finds nothing to annotate");
  for (const collectionId of collections) await checkTagAndEntity(db, collectionId, input.tag, input.entityId);

  const batch = await db.annotationBatch.create({
    data: { authorId: author.id, query: input.query, mode: input.mode, collectionId: input.collectionId ?? null, tag: input.tag, entityId: input.entityId ?? null },
    select: { id: true },
  });
  let created = 0;
  let skipped = 0;
  let documents = 0;
  for (const doc of planned) {
    await db.$transaction(async (tx) => {
      const existing = await tx.annotation.findMany({
        where: { documentId: doc.documentId, tag: input.tag, entityId: input.entityId ?? null, status: { not: "orphaned" } },
        select: { start: true, end: true },
      });
      const taken = new Set(existing.map((a) => `${a.start}-${a.end}`));
      // A document saved since its hits were found keeps them only where the text still matches.
      const now = await tx.document.findUnique({ where: { id: doc.documentId }, select: { headSeq: true } });
      const fresh = now?.headSeq === doc.headSeq ? doc.quotes.filter((q) => !taken.has(`${q.start}-${q.end}`)) : [];
      skipped += doc.quotes.length - fresh.length;
      if (!fresh.length) return;
      await tx.annotation.createMany({
        data: fresh.map((q) => ({
          documentId: doc.documentId, ...q, tag: input.tag, entityId: input.entityId ?? null,
          authorId: author.id, status: "anchored", score: 1, anchoredSeq: doc.headSeq, batchId: batch.id,
        })),
      });
      created += fresh.length;
      documents++;
    });
  }
  // Every hit was annotated so already: no batch to keep, nothing to undo.
  if (!created) {
    await db.annotationBatch.delete({ where: { id: batch.id } });
    return { id: null, created, skipped, documents };
  }
  await db.$transaction(async (tx) => {
    await tx.annotationBatch.update({ where: { id: batch.id }, data: { created, skipped } });
    await recordAudit({
      tx, actorId: author.id, action: "annotation.batch", subjectType: "annotation", subjectId: batch.id,
      detail: `Annotated every hit of “${input.query}” as ${input.tag}: ${created} made in ${documents} document${documents === 1 ? "" : "s"}, ${skipped} skipped (already annotated, or changed meanwhile)`,
    });
  });
  return { id: batch.id, created, skipped, documents };
}
