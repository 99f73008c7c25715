import "server-only";
import { toCodePointOffsets } from "../../anchoring/quote";
import type { DbTx } from "../../server/db";
import { getRevisionText } from "../revisions/revisions";
import { toRecord, type AnnotationRow } from "./annotation-shape";

/** Records with code-point offsets, each counted on the text its offsets hold on. */
export async function withCodePoints(db: DbTx, documentId: string, doc: { headText: string; headSeq: number }, rows: AnnotationRow[]) {
  const bySeq = new Map<number, AnnotationRow[]>();
  for (const r of rows) {
    const seq = r.status === "orphaned" ? r.anchoredSeq : doc.headSeq;
    bySeq.set(seq, [...(bySeq.get(seq) ?? []), r]);
  }
  const records = new Map<string, ReturnType<typeof toRecord>>();
  for (const [seq, group] of bySeq) {
    const text = seq === doc.headSeq ? doc.headText : await getRevisionText({ tx: db,  documentId, seq });
    const points = toCodePointOffsets(text, group.flatMap((r) => [r.start, r.end]));
    group.forEach((r, i) => records.set(r.id, toRecord(r, points[2 * i], points[2 * i + 1])));
  }
  return rows.map((r) => records.get(r.id)!);
}
