"use client";
import Link from "next/link";
import { useState } from "react";
import { describeAnnotation, type AnnotationView, type TagDefinition } from "./types";

interface Props {
  annotations: readonly AnnotationView[];
  tags: readonly TagDefinition[];
  collectionId: string;
  onJump(a: AnnotationView): void;
  onReattach(a: AnnotationView): void;
  onDelete(a: AnnotationView): void;
  /** Admins edit the collection's tag set. */
  canEditTags: boolean;
}

/** All annotations of the document, filterable by tag, with the orphans that need a person. */
export function AnnotationPanel({ annotations, tags, collectionId, canEditTags, onJump, onReattach, onDelete }: Props) {
  const [filter, setFilter] = useState<string>("");
  const live = annotations.filter((a) => a.status !== "orphaned");
  const orphans = annotations.filter((a) => a.status === "orphaned");
  const shown = filter ? live.filter((a) => a.tag === filter) : live;
  const tagOf = (key: string) => tags.find((t) => t.key === key);

  return (
    <div className="anno-panel">
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-title" className="orphans">
          <h3 id="orphans-title">Orphans ({orphans.length})</h3>
          <p className="muted">The words these annotated were changed or deleted. Select the text in the editor and re-attach, or delete.</p>
          <ul>
            {orphans.map((a) => (
              <li key={a.id} className="anno-item anno-item--orphan" style={{ "--anno": tagOf(a.tag)?.color ?? "#888" } as React.CSSProperties}>
                <span className="anno-item__tag">{tagOf(a.tag)?.label ?? a.tag}</span>
                <q className="orphan-context">
                  <span className="muted">…{a.prefix}</span>
                  <mark>{a.exact}</mark>
                  <span className="muted">{a.suffix}…</span>
                </q>
                {a.replacedBy !== undefined && a.replacedBy !== null && (
                  <p className="anno-item__fate">{a.replacedBy.trim() ? <>replaced by “{a.replacedBy}”</> : "deleted"}</p>
                )}
                {a.body && <p className="anno-item__body">{a.body}</p>}
                {a.canEdit && (
                  <span className="anno-item__actions">
                    <button type="button" className="button button--small" onClick={() => onReattach(a)}>Re-attach to selection</button>
                    <button type="button" className="button button--small button--danger" onClick={() => onDelete(a)}>Delete</button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="annotations-title">
        <div className="anno-panel__head">
          <h3 id="annotations-title">Annotations ({live.length})</h3>
          <select value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter by tag">
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t.key} value={t.key}>{t.label} ({live.filter((a) => a.tag === t.key).length})</option>
            ))}
          </select>
        </div>
        {shown.length === 0 ? (
          <p className="muted">
            {live.length === 0 ? "No annotations yet. Select text in the editor and press Alt+A, or use the Annotate button." : "No annotation has this tag."}
          </p>
        ) : (
          <ul>
            {shown.map((a) => (
              <li key={a.id} className="anno-item" style={{ "--anno": tagOf(a.tag)?.color ?? "#888" } as React.CSSProperties}>
                <button type="button" className="anno-item__jump" onClick={() => onJump(a)} title={describeAnnotation(a, tags)}>
                  <span className="anno-item__tag">{tagOf(a.tag)?.label ?? a.tag}</span> <span className="anno-item__quote">{a.exact}</span>
                  {a.status === "fuzzy" && <span className="badge badge--fuzzy" title="Re-attached by searching for its quote">fuzzy</span>}
                </button>
                {a.entityId && <Link href={`/entities/${a.entityId}`} className="anno-item__entity">{a.entityName}</Link>}
                {a.body && <p className="anno-item__body">{a.body}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="legend-title" className="legend-box">
        <h3 id="legend-title">Tags</h3>
        <ul className="legend-list">
          {tags.map((t) => (
            <li key={t.key} style={{ "--anno": t.color } as React.CSSProperties} title={t.description}>
              <span className="tag-swatch" /> {t.label}
            </li>
          ))}
        </ul>
        {canEditTags && <Link href={`/collections/${collectionId}/tags`}>Edit the tag set</Link>}
      </section>
    </div>
  );
}
