import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { compareReleases, type Segment } from "../../records/compare-releases";
import { redactionOfColumns } from "../../records/redaction";

export interface ReleaseSide {
  id: string;
  title: string;
  headSeq: number;
}

/**
 * Two documents' accepted texts compared as releases (lib/records/compare-releases), their
 * redactions the anchored redaction annotations of each. The head is the corrected text where
 * there is one and the raw OCR otherwise. With the spans already supplied from the other.
 */
export async function compareDocuments({ documentId, otherId }: { documentId: string; otherId: string }): Promise<{ here: ReleaseSide; there: ReleaseSide; segments: Segment[]; supplied: { start: number; end: number }[] }> {
  if (documentId === otherId) throw new AppError("invalid", "Compare a document with another release, not with itself");
  const db = getDb();
  const docs = await db.document.findMany({
    where: { id: { in: [documentId, otherId] }, deletedAt: null },
    select: { id: true, title: true, headSeq: true, headText: true, annotations: { where: { tag: "redaction", status: { not: "orphaned" } }, select: { start: true, end: true, exemptions: true, extentQuantity: true, extentUnit: true, extentAtMost: true } } },
  });
  const here = docs.find((d) => d.id === documentId);
  const there = docs.find((d) => d.id === otherId);
  if (!here || !there) throw new AppError("not_found", `No document with id ${here ? otherId : documentId}`);
  const redactions = (d: typeof here) => d.annotations.map((a) => ({ start: a.start, end: a.end, extent: redactionOfColumns(a).extent }));
  const segments = compareReleases({ text: here.headText, redactions: redactions(here) }, { text: there.headText, redactions: redactions(there) });
  const side = (d: typeof here) => ({ id: d.id, title: d.title, headSeq: d.headSeq });
  // Spans already filled from that release, so that a reader sees which offers are taken.
  const supplied = await db.annotation.findMany({ where: { documentId, tag: "supplied", fromDocumentId: otherId }, select: { start: true, end: true } });
  return { here: side(here), there: side(there), segments, supplied };
}
