import "server-only";
import { plannedEdit } from "../../changesets/plan";
import { hitContext, hitId } from "../../search/hits";
import { findAllHits } from "../search/find-all-hits";
import type { ChangesetInput, ChangesetPreview, PreviewDocument } from "./changeset-shape";

/**
 * Every hit of a search in the accepted texts (never the raw OCR, which does not change) as the
 * edit a replacement makes there: offsets on each document's head, before → after, with its line.
 * Edits that change nothing (a hit already spelled as the replacement) are left out.
 */
export async function planChangeset(input: ChangesetInput): Promise<ChangesetPreview> {
  const documents: PreviewDocument[] = [];
  let hits = 0;
  const { stopped } = await findAllHits(input, (docs) => {
    for (const doc of docs) {
      const edits = doc.matches
        .map((m) => plannedEdit(hitId(doc.documentId, "text", doc.headSeq, m.start, m.end), doc.headText, m, input.replacement, input.mode === "regex"))
        .filter((e) => e.before !== e.after)
        .map((e) => ({ ...e, ...lineOf(doc.headText, e.start, e.end) }));
      if (!edits.length) continue;
      documents.push({ documentId: doc.documentId, title: doc.title, headSeq: doc.headSeq, edits });
      hits += edits.length;
    }
  });
  return { documents, hits, stopped };
}

const lineOf = (text: string, start: number, end: number) => {
  const { before, after } = hitContext(text, start, end);
  return { lineBefore: before, lineAfter: after };
};
