"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { TimeStamp } from "@/components/ui/time-stamp";
import type { AnnotationView, TagDefinition } from "./types";

interface Props {
  /** For the link to a thread about the annotation on the Discussion tab. */
  documentId: string;
  annotations: readonly AnnotationView[];
  tags: readonly TagDefinition[];
  at: { x: number; y: number };
  onClose(): void;
  onDelete(a: AnnotationView): void;
}

/** What is annotated under the pointer: every overlapping annotation, with its details. */
export function AnnotationDetails({ documentId, annotations, tags, at, onClose, onDelete }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    const onDown = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && onClose();
    window.addEventListener("keydown", onKey);
    window.addEventListener("mousedown", onDown);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("mousedown", onDown);
    };
  }, [onClose]);
  const left = Math.min(at.x, (typeof window === "undefined" ? 1200 : window.innerWidth) - 360);
  return (
    <div ref={ref} className="popover" role="dialog" aria-label="Annotation details" style={{ left, top: at.y + 14 }}>
      {annotations.map((a) => {
        const tag = tags.find((t) => t.key === a.tag);
        return (
          <div key={a.id} className="popover__item" style={{ "--anno": tag?.color ?? "#888" } as React.CSSProperties}>
            <div className="popover__row">
              <span className="tag-swatch" /> <strong>{tag?.label ?? a.tag}</strong>
              {a.entityId && <> · <Link href={`/entities/${a.entityId}`}>{a.entityName}</Link></>}
            </div>
            <div className="popover__quote">“{a.exact}”</div>
            {a.redaction && <p className="popover__body">Exemptions: {a.redaction}</p>}
            {a.suppliedFrom && <p className="popover__body"><Link href={`/documents/${a.suppliedFrom.documentId}/revisions/${a.suppliedFrom.seq}`}>Read in another release</Link> (revision {a.suppliedFrom.seq})</p>}
            {a.body && <p className="popover__body">{a.body}</p>}
            <div className="muted popover__meta">
              {a.author}, <TimeStamp iso={a.createdAt} />
              {" · "}<Link href={`/documents/${documentId}/discussion?about=annotation:${a.id}`}>Discuss</Link>
              {a.canEdit && <button type="button" className="link-button popover__delete" onClick={() => onDelete(a)}>Delete</button>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
