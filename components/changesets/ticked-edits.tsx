"use client";
import type { PreviewEdit } from "@/lib/data/changesets/changeset-shape";

export interface TickedDocument {
  documentId: string;
  title: string;
  edits: PreviewEdit[];
}

/** The set with `ids` taken out (ticked) or put in (unticked). */
export function retick(left: ReadonlySet<string>, ids: string[], on: boolean): Set<string> {
  const next = new Set(left);
  for (const id of ids) (on ? next.delete(id) : next.add(id));
  return next;
}

/**
 * Every document's replacements with a tick each, before → after in their line, and a tick per
 * document (mixed when only some are ticked). `left` holds the hit ids unticked; the preview and
 * the review both start with everything ticked.
 */
export function TickedEdits({ documents, left, onChange, label }: {
  documents: TickedDocument[];
  left: ReadonlySet<string>;
  onChange: (left: Set<string>) => void;
  /** What a hit's tick says to a screen reader. */
  label: (edit: PreviewEdit, title: string) => string;
}) {
  return (
    <ol className="result-list">
      {documents.map((doc) => {
        const ids = doc.edits.map((e) => e.hitId);
        const on = ids.filter((id) => !left.has(id)).length;
        return (
          <li key={doc.documentId} className="result">
            <label className="result__title checkbox">
              <input
                type="checkbox"
                checked={on === ids.length}
                ref={(el) => void (el && (el.indeterminate = on > 0 && on < ids.length))}
                onChange={(e) => onChange(retick(left, ids, e.target.checked))}
              />
              {doc.title} <span className="muted">({on} of {ids.length})</span>
            </label>
            <ol className="hit-list">
              {doc.edits.map((e) => (
                <li key={e.hitId}>
                  <label className="hit checkbox">
                    <input
                      type="checkbox"
                      checked={!left.has(e.hitId)}
                      onChange={(ev) => onChange(retick(left, [e.hitId], ev.target.checked))}
                      aria-label={label(e, doc.title)}
                    />
                    <span>
                      <span className="hit__context">{e.lineBefore}</span>
                      <del>{e.before}</del>
                      <ins>{e.after}</ins>
                      <span className="hit__context">{e.lineAfter}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
