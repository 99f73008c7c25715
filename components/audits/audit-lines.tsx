"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { checkLine } from "@/app/actions/audits";
import { useServerAction } from "@/components/ui/use-server-action";
import type { AuditLineView } from "@/lib/data/audits/audit-shape";
import { lineCropUrl } from "@/lib/iiif/line-crop";


/**
 * The drawn lines, unchecked first: each beside its crop of the page image (when the document has
 * pages), in a box holding the approved text. Enter keeps it as it is (no errors) or saves the
 * correction, and moves to the next line.
 */
export function AuditLines({ auditId, lines, canCheck }: { auditId: string; lines: AuditLineView[]; canCheck: boolean }) {
  const open = lines.filter((l) => !l.checked);
  const done = lines.filter((l) => l.checked);
  const list = useRef<HTMLOListElement>(null);
  const focusNext = (after: number) => {
    const boxes = Array.from(list.current?.querySelectorAll<HTMLInputElement>("input[data-line]") ?? []);
    (boxes.find((b) => Number(b.dataset.line) > after) ?? boxes[0])?.focus();
  };
  return (
    <>
      {open.length === 0 ? (
        <p className="notice notice--ok" role="status">Every drawn line is checked.</p>
      ) : (
        <ol className="audit-lines" ref={list} aria-label="Lines to check">
          {open.map((l) => <AuditLine key={l.id} auditId={auditId} line={l} canCheck={canCheck} onDone={() => focusNext(l.position)} />)}
        </ol>
      )}
      {done.length > 0 && (
        <details className="audit-done">
          <summary>{done.length} line{done.length === 1 ? "" : "s"} checked</summary>
          <ul className="audit-lines">
            {done.map((l) => (
              <li key={l.id} className="audit-line audit-line--done">
                <span className="muted"><Link href={`/documents/${l.documentId}`}>{l.title}</Link>, line {l.lineIndex + 1}: </span>
                {l.errors ? <><del>{l.text}</del> → <ins>{l.corrected}</ins> <span className="muted">({l.errors} error{l.errors === 1 ? "" : "s"}, revision {l.fixSeq})</span></> : <>{l.text} <span className="muted">(no errors)</span></>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function AuditLine({ auditId, line, canCheck, onDone }: { auditId: string; line: AuditLineView; canCheck: boolean; onDone(): void }) {
  const [text, setText] = useState(line.text);
  const { run, pending, error } = useServerAction();
  const submit = () => run(() => checkLine(auditId, line.id, text), onDone);
  const crop = line.pageId && line.box ? lineCropUrl(line.pageId, line.box) : null;
  const label = `Line ${line.lineIndex + 1} of ${line.title}`;
  return (
    <li className="audit-line">
      <p className="audit-line__where">
        <Link href={`/documents/${line.documentId}`}>{line.title}</Link>, line {line.lineIndex + 1}
      </p>
      {crop ? <img className="audit-line__image" src={crop} alt={`The page image of ${label.toLowerCase()}`} loading="lazy" /> : <p className="muted audit-line__no-image">No page image: compare with the source document.</p>}
      <form
        className="audit-line__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <input data-line={line.position} aria-label={label} value={text} onChange={(e) => setText(e.target.value)} disabled={!canCheck || pending} spellCheck={false} />
        <button type="submit" className={`button button--small${text === line.text ? "" : " button--primary"}`} disabled={!canCheck || pending}>
          {text === line.text ? "Right as it is" : "Save the fix"}
        </button>
      </form>
      {error && <p className="form-error" role="alert">{error}</p>}
    </li>
  );
}
