import type { ExportAnnotation, ExportDocument } from "./types";
import { redactionSummary } from "../records/redaction";

export interface RedactionTag {
  id: string;
  annotation: ExportAnnotation;
  description: string;
}

/**
 * The document's anchored redactions, each with an id for the layout formats to refer to from
 * the words it covers (ALTO TAGREFS, PAGE custom), and what they say about it.
 */
export function redactionTags(doc: ExportDocument): { tags: RedactionTag[]; covering(word: { start: number; end: number }): RedactionTag[] } {
  const tags = doc.annotations
    .filter((a) => a.tag === "redaction" && a.status !== "orphaned")
    .map((a, i) => ({ id: `redaction_${i + 1}`, annotation: a, description: redactionSummary(a) ?? "" }));
  return { tags, covering: (w) => tags.filter((t) => t.annotation.start < w.end && w.start < t.annotation.end) };
}
