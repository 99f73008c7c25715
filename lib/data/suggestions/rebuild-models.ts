import "server-only";
import { getDb } from "../../server/db";
import { emptyModel, mergeModels } from "../../suggest/model";
import { applyLesson } from "../learning/apply-lesson-sql";
import { documentLesson } from "../learning/document-lesson";
import { toCountRows } from "../learning/model-rows-shape";

export interface RebuildReport {
  collection: string;
  documents: number;
  counts: number;
  /** Counts the stored model had that the rebuilt one does not, or had different. */
  differences: number;
}

/**
 * Rebuilds every collection's suggestion model exactly from the revision history (npm run
 * suggest:rebuild): each collection in its own transaction, the old counts replaced. Reports,
 * per collection, how far the stored model had drifted; `dryRun` only reports.
 */
export async function rebuildModels({ dryRun = false, onCollection }: { dryRun?: boolean; onCollection?: (r: RebuildReport) => void } = {}) {
  const db = getDb();
  const collections = await db.collection.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  const reports: RebuildReport[] = [];
  for (const c of collections) {
    const report = await db.$transaction(async (tx) => {
      const docs = await tx.document.findMany({ where: { collectionId: c.id }, select: { id: true } });
      let model = emptyModel();
      for (const d of docs) model = mergeModels(model, await documentLesson({ tx, documentId: d.id }));
      const keyOf = (r: { kind: string; key: string; value: string }) => `${r.kind}\u0000${r.key}\u0000${r.value}`;
      const rebuilt = new Map(toCountRows(model).map((r) => [keyOf(r), r.count]));
      const stored = new Map((await tx.suggestionCount.findMany({ where: { collectionId: c.id }, select: { kind: true, key: true, value: true, count: true } })).map((r) => [keyOf(r), r.count]));
      const differences = [...new Set([...rebuilt.keys(), ...stored.keys()])].filter((k) => rebuilt.get(k) !== stored.get(k)).length;
      if (!dryRun) {
        await tx.suggestionCount.deleteMany({ where: { collectionId: c.id } });
        await applyLesson({ tx, collectionId: c.id, lesson: model });
      }
      return { collection: c.name, documents: docs.length, counts: rebuilt.size, differences };
    }, { timeout: 600_000 });
    onCollection?.(report);
    reports.push(report);
  }
  return reports;
}
