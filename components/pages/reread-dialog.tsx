"use client";
import { useEffect, useRef } from "react";

interface Props {
  /** What the text holds now where the region's words are, or null when no words of the layer lie there. */
  current: string | null;
  /** What Tesseract read in the region, or null while it reads. */
  reading: string | null;
  error: string | null;
  onReplace(): void;
  onClose(): void;
}

/**
 * The outcome of "Read this region again": the text there now and the new reading side by side;
 * "Replace" makes the new reading an ordinary unsaved edit (one undo step), saved or proposed as usual.
 */
export function RereadDialog({ current, reading, error, onReplace, onClose }: Props) {
  const replace = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (reading !== null) replace.current?.focus();
  }, [reading]);
  return (
    <div className="reread-dialog" role="dialog" aria-label="Region read again" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <h2 className="pane__title">Region read again</h2>
      {error ? (
        <p className="form-error" role="alert">{error}</p>
      ) : reading === null ? (
        <p role="status">Reading the region with Tesseract…</p>
      ) : (
        <>
          <p className="muted">In the text now</p>
          <pre>{current ?? "(no words of the page's layer lie in this region)"}</pre>
          <p className="muted">Read again</p>
          <pre>{reading || "(nothing was read)"}</pre>
        </>
      )}
      <p className="reread-dialog__actions">
        {reading !== null && current !== null && reading !== "" && (
          <button ref={replace} type="button" className="button button--primary" onClick={onReplace}>Replace</button>
        )}
        <button type="button" className="button" onClick={onClose}>Close</button>
      </p>
    </div>
  );
}
