"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { applySelectedHunks, proposalHunks } from "@/lib/review/hunks";

interface Props {
  /** What the text holds now where the region's words are, or null when no words of the layer lie there. */
  current: string | null;
  /** What Tesseract read in the region, or null while it reads. */
  reading: string | null;
  error: string | null;
  /** The region's words with the ticked changes made, and how many were taken. */
  onReplace(text: string, changes: number): void;
  onClose(): void;
}

/**
 * The outcome of "Read this region again": the new reading set against the words there now, one
 * change at a time ("rocf → roof"), each ticked to take it; the reading as a whole is often worse
 * than the words it differs in. Taking them is an ordinary unsaved edit (one undo step).
 */
export function RereadDialog({ current, reading, error, onReplace, onClose }: Props) {
  const take = useRef<HTMLButtonElement | null>(null);
  // Line breaks of the reading are the crop's, not the text's: the words are compared as words.
  // Changes of spacing alone are never offered: the text keeps its own line breaks.
  const hunks = useMemo(
    () => (current !== null && reading ? proposalHunks(current, reading.replace(/\s*\n\s*/g, " ")).filter((h) => h.before.trim() || h.after.trim()) : []),
    [current, reading],
  );
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  useEffect(() => setTicked(new Set(hunks.map((h) => h.index))), [hunks]);
  useEffect(() => {
    if (reading !== null) take.current?.focus();
  }, [reading]);
  const toggle = (i: number) => setTicked((t) => (t.has(i) ? new Set([...t].filter((x) => x !== i)) : new Set([...t, i])));
  return (
    <div className="reread-dialog" role="dialog" aria-label="Region read again" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <h2 className="pane__title">Region read again</h2>
      {error ? (
        <p className="form-error" role="alert">{error}</p>
      ) : reading === null ? (
        <p role="status">Reading the region with Tesseract…</p>
      ) : current === null ? (
        <>
          <p className="muted">No words of the page's layer lie in this region; Tesseract read:</p>
          <pre>{reading || "(nothing)"}</pre>
        </>
      ) : hunks.length === 0 ? (
        <p role="status">{reading ? "The new reading says the same as the text." : "Tesseract read nothing in this region."}</p>
      ) : (
        <fieldset className="reread-dialog__changes">
          <legend>Where the new reading differs: tick the changes to take</legend>
          <ul>
            {hunks.map((h) => (
              <li key={h.index}>
                <label>
                  <input type="checkbox" checked={ticked.has(h.index)} onChange={() => toggle(h.index)} />{" "}
                  <del>{h.before.trim() || "(nothing)"}</del> → <ins>{h.after.trim() || "(nothing)"}</ins>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <p className="reread-dialog__actions">
        {current !== null && hunks.length > 0 && (
          <button ref={take} type="button" className="button button--primary" disabled={ticked.size === 0} onClick={() => onReplace(applySelectedHunks(current, hunks, [...ticked]), ticked.size)}>
            Take {ticked.size} change{ticked.size === 1 ? "" : "s"}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>Close</button>
      </p>
    </div>
  );
}
