import { changeRegions, mapOffset } from "../anchoring/map-offset";
import { expandReplacement, type FindMatch } from "../find/find-matches";
import { makeRevision } from "../revisions/make-revision";
import { mergeWords } from "../review/merge-words";

/** One replacement in one document: the span as previewed, what was there, and what replaces it. */
export interface Edit {
  /** The search hit's id (lib/search/hits). */
  hitId: string;
  start: number;
  end: number;
  before: string;
  after: string;
}

/** What a replacement does to one match: the template expanded ($1, $<name>, $& for expressions). */
export function plannedEdit(hitId: string, text: string, match: FindMatch, template: string, regex: boolean): Edit {
  const before = text.slice(match.start, match.end);
  return { hitId, start: match.start, end: match.end, before, after: expandReplacement(template, before, match, regex) };
}

/**
 * Applies edits to a text. They must not overlap (matches of one search never do); an edit
 * whose text is not what it expects is a bug in the caller, and throws.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`Edits overlap at ${e.start}`);
    if (text.slice(e.start, e.end) !== e.before) throw new Error(`Edit ${e.hitId} expects “${e.before}” at ${e.start}`);
    out += text.slice(at, e.start) + e.after;
    at = e.end;
  }
  return out + text.slice(at);
}

export type Recheck = { ok: true; edit: Edit } | { ok: false; reason: string };

/**
 * Checks a previewed edit against the document's text now. The previewed span is mapped through
 * the changes made since (as annotations are), and the edit still applies where the same text
 * stands at the mapped place, with the edit's offsets moved there. Otherwise it is skipped, with
 * the reason in words.
 */
export function recheckEdits(previewText: string, currentText: string, edits: readonly Edit[]): Recheck[] {
  if (previewText === currentText) return edits.map((edit) => ({ ok: true, edit }));
  const regions = changeRegions(makeRevision(previewText, currentText).diffs);
  return edits.map((edit) => {
    const start = mapOffset(regions, edit.start, "start");
    const end = mapOffset(regions, edit.end, "end");
    const now = currentText.slice(start, end);
    if (now === edit.before) return { ok: true, edit: { ...edit, start, end } };
    return { ok: false, reason: now ? `the text here changed since the preview (now “${now}”)` : "the text here was deleted since the preview" };
  });
}

/**
 * The text that undoes a changeset's revision in one document, keeping what others changed since:
 * a three-way merge of the text before it (mine) onto the head (theirs), from the text it made
 * (base). Overlapping changes are a conflict, for a person to settle.
 */
export function undoText(before: string, after: string, head: string) {
  return mergeWords(after, before, head);
}
