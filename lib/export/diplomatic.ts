import { changeRegions, mapOffset } from "../anchoring/map-offset";
import { toCodePointOffsets } from "../anchoring/quote";
import { createDmp } from "../revisions/dmp";
import type { Diff } from "../revisions/types";
import type { ExportDocument } from "./types";

/**
 * The diplomatic variant: the raw OCR with the annotations carried back onto it, and no
 * corrections, for comparing the edition with what the OCR read. Annotations on text that the
 * raw OCR does not have (an editorial addition) are left out.
 */
export function toDiplomatic(doc: ExportDocument): ExportDocument {
  const regions = changeRegions(createDmp().diff_main(doc.text, doc.rawText, false) as Diff[]);
  const annotations = doc.annotations
    .filter((a) => a.status !== "orphaned")
    .map((a) => ({ ...a, start: mapOffset(regions, a.start, "start"), end: mapOffset(regions, a.end, "end") }))
    .filter((a) => a.end > a.start)
    .map((a) => {
      const [startCodePoint, endCodePoint] = toCodePointOffsets(doc.rawText, [a.start, a.end]);
      return { ...a, exact: doc.rawText.slice(a.start, a.end), startCodePoint, endCodePoint };
    });
  return {
    ...doc,
    title: `${doc.title} (diplomatic: the raw OCR)`,
    text: doc.rawText,
    revisionTexts: [doc.rawText],
    revisions: doc.revisions.filter((r) => r.seq === 0),
    annotations,
  };
}
