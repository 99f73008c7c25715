"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { approve, reject } from "@/app/actions/proposals";
import { HunkView } from "./hunk-view";

interface HunkItem {
  index: number;
  before: string;
  after: string;
  contextBefore: string;
  contextAfter: string;
  /** The change's words on the page image, where the document has one. */
  image?: { url: string; page: number };
}

/**
 * The reviewer's side: one checkbox per hunk (all ticked), a note, Approve selected or Reject.
 * Ctrl+Enter in the note approves. A merge conflict comes back as a message and a reload shows
 * the proposal sent back to its author.
 */
export function ReviewForm({ proposalId, hunks, documentId }: { proposalId: string; hunks: HunkItem[]; documentId: string }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<number>>(() => new Set(hunks.map((h) => h.index)));
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const all = selected.size === hunks.length;
  const approveRef = useRef<() => void>(() => {});

  const doApprove = () =>
    startTransition(async () => {
      const result = await approve(proposalId, { note, hunks: all ? undefined : [...selected].sort((a, b) => a - b) });
      if (!result.ok) {
        setError(result.message);
        router.refresh();
        return;
      }
      router.push(`/documents/${documentId}/history?from=${result.seq - 1}&to=${result.seq}&approved=${proposalId}`);
    });
  approveRef.current = doApprove;
  // Ctrl/Cmd+Enter approves from anywhere on the page, as the button's shortcut says.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        approveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const doReject = () =>
    startTransition(async () => {
      if (!note.trim()) return setError("Say why in the note before rejecting: the author reads it.");
      const result = await reject(proposalId, { note });
      if (!result.ok) return setError(result.message);
      router.refresh();
    });

  return (
    <form
      className="card review-form"
      aria-label="Review"
      onSubmit={(e) => {
        e.preventDefault();
        doApprove();
      }}
    >
      <div className="review-form__head">
        <h2>Changes ({hunks.length})</h2>
        <span className="muted">Untick a change to leave it out; what stays ticked becomes the revision.</span>
        <button type="button" className="link-button" onClick={() => setSelected(new Set(all ? [] : hunks.map((h) => h.index)))}>
          {all ? "Untick all" : "Tick all"}
        </button>
      </div>
      <ol className="hunk-list">
        {hunks.map((h) => (
          <li key={h.index}>
            <label>
              <input
                type="checkbox"
                checked={selected.has(h.index)}
                aria-label={`Accept change ${h.index + 1}: ${h.before || "(nothing)"} → ${h.after || "(nothing)"}`}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(h.index);
                  else next.delete(h.index);
                  setSelected(next);
                }}
              />
              <HunkView {...h} />
            </label>
            {h.image && (
              // eslint-disable-next-line @next/next/no-img-element -- a region from the IIIF image service
              <img className="hunk-image" src={h.image.url} alt={`Page ${h.image.page} of the scan, where “${h.before.trim() || h.after.trim()}” stands`} loading="lazy" />
            )}
          </li>
        ))}
      </ol>
      <label className="review-form__note">
        <span>Note to the author <span className="muted">(required to reject)</span></span>
        <textarea
          rows={2}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="review-form__actions">
        <button className="button button--primary" disabled={pending || selected.size === 0} aria-keyshortcuts="Control+Enter">
          {pending ? "Working…" : all ? "Approve" : `Approve ${selected.size} of ${hunks.length} changes`} <kbd aria-hidden="true">Ctrl ↵</kbd>
        </button>
        <button type="button" className="button button--danger" disabled={pending} onClick={doReject}>
          Reject
        </button>
      </div>
    </form>
  );
}
