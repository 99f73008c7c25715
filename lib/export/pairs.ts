import { findCorrections } from "./provenance";
import type { ExportDocument } from "./types";

/**
 * OCR training pairs, one JSON object per line: every line of the raw OCR that a correction
 * touched, with the accepted text of the same stretch. `page` counts form feeds from 1; `line`
 * counts lines within the page from 1.
 */
export function toPairs(doc: ExportDocument): string {
  const corrections = findCorrections(doc.revisionTexts, doc.revisions);
  if (!corrections.length) return "";
  const raw = doc.rawText;
  const rows: string[] = [];
  let page = 1;
  let line = 1;
  let at = 0;
  let next = 0;
  while (at <= raw.length) {
    let end = at;
    while (end < raw.length && raw[end] !== "\n" && raw[end] !== "\f") end++;
    while (next < corrections.length && corrections[next].rawEnd < at) next++;
    // A change that ends where the line starts belongs to the line before; one that starts at
    // the line's end and runs on (it changes the line break itself) to the line after.
    const touching = corrections
      .slice(next)
      .filter((c) => c.rawStart <= end && c.rawEnd >= at && !(c.rawEnd === at && c.rawStart < at) && !(c.rawStart === end && c.rawEnd > end));
    if (touching.length) {
      // The accepted stretch: from where the line's start maps to, to where its end does.
      const first = touching[0];
      const last = touching[touching.length - 1];
      const gtStart = Math.min(first.start, first.start - (first.rawStart - at));
      const gtEnd = Math.max(last.end, last.end + (end - last.rawEnd));
      rows.push(JSON.stringify({ documentId: doc.id, page, line, ocr: raw.slice(at, end), gt: doc.text.slice(gtStart, gtEnd) }));
    }
    if (end >= raw.length) break;
    if (raw[end] === "\f") {
      page++;
      line = 1;
    } else line++;
    at = end + 1;
  }
  return rows.length ? `${rows.join("\n")}\n` : "";
}
