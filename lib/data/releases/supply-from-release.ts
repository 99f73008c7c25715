import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { createAnnotation } from "../annotations/create-annotation";
import { compareDocuments } from "./compare-documents";

/**
 * "Fill from the other release": on a span this document withholds and the other shows, an
 * annotation "supplied" holding the other's words, with that document and its revision as the
 * source. The redacted release's text is never rewritten. The span must be one the comparison
 * finds redacted here (422 otherwise), so that nothing is supplied from a misaligned guess, and
 * one already supplied from that release is refused (409).
 */
export async function supplyFromRelease({ documentId, otherId, start, end, authorId }: { documentId: string; otherId: string; start: number; end: number; authorId: string }) {
  const { there, segments } = await compareDocuments({ documentId, otherId });
  const segment = segments.find((s) => s.kind === "redacted-here" && s.here.start === start && s.here.end === end);
  if (!segment) throw new AppError("invalid", `[${start}, ${end}) is not a span this release withholds and the other shows`, { field: "start" });
  const existing = await getDb().annotation.findFirst({ where: { documentId, tag: "supplied", fromDocumentId: otherId, start, end }, select: { id: true } });
  if (existing) throw new AppError("conflict", "This span is supplied from that release already", { annotationId: existing.id });
  return createAnnotation({ documentId, authorId, start, end, tag: "supplied", body: segment.there.text, suppliedFrom: { documentId: otherId, seq: there.headSeq } });
}
