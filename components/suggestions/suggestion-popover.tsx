"use client";
import { useEffect, useRef } from "react";
import { offersDefault } from "@/lib/suggest/suggestion";
import { REASON_LABELS, type ShownSuggestion } from "./use-suggestions";

interface Props {
  suggestion: ShownSuggestion;
  /** Where the flagged text is drawn (viewport coordinates). */
  at: { left: number; bottom: number };
  /** How many places have the same text and the same first candidate. */
  alike: number;
  canIgnoreInCollection: boolean;
  /** Opened from the keyboard (F8, the panel): the first choice takes the focus. A click in the text leaves it there. */
  takeFocus: boolean;
  onAccept(text: string): void;
  onAcceptAll(): void;
  onIgnore(): void;
  onIgnoreInCollection(): void;
  /** The title of the rule that made this suggestion, where this person may turn it off for the collection. */
  ruleTitle?: string;
  onTurnRuleOff(): void;
  onClose(): void;
}

/**
 * The choices for one suggestion, under its text: the candidates, ignore here, ignore in the
 * collection, turn its kind off in the collection, or accept every place like it. Where the evidence names the fix, the first
 * candidate has the focus (Enter accepts it); where it is weak (a capital, a rare word's
 * lookalike), the popover itself has it and Enter chooses nothing. Escape or a click elsewhere
 * closes it, however it was opened.
 */
export function SuggestionPopover({ suggestion: s, at, alike, canIgnoreInCollection, ruleTitle, takeFocus, ...on }: Props) {
  const first = useRef<HTMLButtonElement | null>(null);
  const box = useRef<HTMLDivElement | null>(null);
  const hasDefault = offersDefault(s);
  useEffect(() => {
    if (!takeFocus) return;
    if (hasDefault || !s.candidates.length) first.current?.focus();
    else box.current?.focus();
  }, [s.id, takeFocus, hasDefault, s.candidates.length]);
  // Opened by a click in the text, the focus stays in the editor: listen on the document.
  const close = useRef(on.onClose);
  close.current = on.onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      // One Escape closes one thing: the choices, not also the find bar behind them.
      e.preventDefault();
      e.stopPropagation();
      close.current();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Element | null;
      // A click on an underline opens that suggestion instead: the editor's handler decides.
      if (box.current?.contains(target) || target?.closest?.(".suggestion")) return;
      close.current();
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPointer, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer, true);
    };
  }, []);
  // Under the word, kept inside the window (the popover is at most 22rem wide, less on a phone).
  const viewport = typeof window === "undefined" ? 1024 : window.innerWidth;
  const width = Math.min(352, viewport - 16);
  const left = Math.max(8, Math.min(at.left, viewport - width - 8));
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="suggestion-popover"
      role="dialog"
      aria-label={`Suggestion for “${s.text}”`}
      style={{ left, top: at.bottom + 6, width }}
    >
      <p className="suggestion-popover__why">
        <strong>{REASON_LABELS[s.reason]}</strong>: “{s.text}”{ruleTitle && !ruleTitle.startsWith(REASON_LABELS[s.reason]) && <span className="muted"> ({ruleTitle})</span>}
        {s.confidence !== undefined && <> (the OCR was {Math.round(s.confidence * 100)}% sure: check it against the page image)</>}
        {s.imageAgrees && <> (read again from the page image, it reads the same: check it before choosing)</>}
      </p>
      {!hasDefault && s.candidates.length > 0 && <p className="muted suggestion-popover__weak">The evidence is weak: choose a fix, or Ignore. Enter chooses nothing here.</p>}
      {s.candidates.length > 0 ? (
        <ul className="suggestion-popover__candidates">
          {s.candidates.map((c, i) => (
            <li key={c.text}>
              <button
                type="button"
                className="button button--small"
                ref={i === 0 && hasDefault ? first : undefined}
                onClick={() => on.onAccept(c.text)}
                // Accept on keydown and swallow the key: the editor, focused next, must not receive the Enter.
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    on.onAccept(c.text);
                  }
                }}
                title={c.evidence}
              >
                {c.text || "(delete)"}
              </button>
              <span className="muted">{c.evidence}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Something looks wrong here, but there is no likely fix: compare with the page.</p>
      )}
      <div className="suggestion-popover__actions">
        <button type="button" className="button button--small" ref={s.candidates.length ? undefined : first} onClick={on.onIgnore}>
          Ignore
        </button>
        {canIgnoreInCollection && (
          <button type="button" className="button button--small" onClick={on.onIgnoreInCollection}>
            Ignore in this collection
          </button>
        )}
        {ruleTitle && (
          <button type="button" className="button button--small" onClick={on.onTurnRuleOff} title={`Turn off “${ruleTitle}” for every document of this collection (the collection page turns it on again)`}>
            Don’t flag this kind here
          </button>
        )}
        {alike > 1 && s.candidates[0] && (
          <button type="button" className="button button--small" onClick={on.onAcceptAll}>
            Accept all like this ({alike})
          </button>
        )}
        <button type="button" className="button button--small button--quiet" onClick={on.onClose} aria-label="Close">
          Esc
        </button>
      </div>
    </div>
  );
}
