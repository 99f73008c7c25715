"use client";
import { useState } from "react";
import type { Suggestion } from "@/lib/suggest/detect";
import { REASON_LABELS, type ShownSuggestion } from "./use-suggestions";

interface Props {
  items: ShownSuggestion[];
  /** Whether a long text shows only the suggestions around the view, and how many more the answer held back. */
  windowed: boolean;
  beyond: number;
  state: "loading" | "ready" | "failed";
  counts: Partial<Record<Suggestion["reason"], number>>;
  onJump(s: ShownSuggestion): void;
  onRetry(): void;
}

/** The suggestions in text order, filtered by reason; a click goes to the place and opens its choices. */
export function SuggestionPanel({ items, windowed, beyond, state, counts, onJump, onRetry }: Props) {
  const [reason, setReason] = useState<Suggestion["reason"] | "">("");
  if (state === "loading" && !items.length) return <p className="muted" role="status">Looking for likely OCR errors…</p>;
  if (state === "failed") {
    return (
      <p role="alert">
        The suggestions could not be loaded. <button type="button" className="button button--small" onClick={onRetry}>Try again</button>
      </p>
    );
  }
  if (!items.length) return <p className="muted">No suggestions: nothing here looks like an OCR error to the dictionary or to what this collection has learned. Corrections you save teach it.</p>;
  const shown = [...items].filter((s) => !reason || s.reason === reason).sort((a, b) => a.start - b.start);
  return (
    <div className="suggestion-panel">
      <label className="suggestion-panel__filter">
        Show{" "}
        <select value={reason} onChange={(e) => setReason(e.target.value as Suggestion["reason"] | "")}>
          <option value="">all reasons ({items.length})</option>
          {(Object.keys(REASON_LABELS) as Suggestion["reason"][]).filter((r) => counts[r]).map((r) => (
            <option key={r} value={r}>
              {REASON_LABELS[r]} ({counts[r]})
            </option>
          ))}
        </select>
      </label>
      <p className="muted">F8 and Shift+F8 go to the next and previous one.</p>
      {windowed && <p className="muted">A long text: these are the suggestions around the part shown; scrolling brings the others.</p>}
      {beyond > 0 && <p className="muted">{beyond} more here are not listed: correct these first.</p>}
      <ol className="suggestion-panel__list">
        {shown.map((s) => (
          <li key={s.id}>
            <button type="button" className={`suggestion-item suggestion-item--${s.reason}`} onClick={() => onJump(s)}>
              <span className="suggestion-item__text">{s.text}</span>
              {s.candidates[0] && <span className="suggestion-item__fix"> → {s.candidates[0].text}</span>}
              <span className="suggestion-item__why">{s.candidates[0]?.evidence ?? (s.confidence !== undefined ? `the OCR was ${Math.round(s.confidence * 100)}% sure` : REASON_LABELS[s.reason])}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
