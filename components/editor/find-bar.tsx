"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { expandReplacement, type FindMatch, type FindOptions } from "@/lib/find/find-matches";
import { runFind } from "./run-find";

export interface FindTarget {
  /** Which pane is searched: the editor's text, or the raw OCR (find only). */
  pane: "editor" | "raw";
  replace: boolean;
  /** Text to search for at once (the selection when the bar opened). */
  seed?: string;
}

interface Props {
  target: FindTarget;
  getText(): string;
  /** Registers a callback for changes of the searched text; answers the unsubscribe. */
  subscribe(onChange: () => void): () => void;
  canReplace: boolean;
  /** Draws the matches and brings the current one into view. */
  onShow(matches: readonly FindMatch[], current: number): void;
  onReplace(edits: readonly { start: number; end: number; text: string }[]): void;
  onClose(): void;
}

const QUIET_MS = 120;

/**
 * Find (Ctrl/Cmd+F) and replace (Ctrl/Cmd+H) over the editor, or find in the raw OCR: a match
 * count and "n of m", Enter and Shift+Enter to move, case, whole word and regular expression.
 * Replace and Replace all are each one undo step and an ordinary unsaved edit.
 */
export function FindBar({ target, getText, subscribe, canReplace, onShow, onReplace, onClose }: Props) {
  const [query, setQuery] = useState(target.seed ?? "");
  const [replacement, setReplacement] = useState("");
  const [options, setOptions] = useState<FindOptions>({ caseSensitive: false, wholeWord: false, regex: false });
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [capped, setCapped] = useState(false);
  const [current, setCurrent] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [version, setVersion] = useState(0);
  const input = useRef<HTMLInputElement | null>(null);
  const replacing = target.replace && canReplace && target.pane === "editor";

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [target]);
  useEffect(() => subscribe(() => setVersion((v) => v + 1)), [subscribe]);

  useEffect(() => {
    const timer = setTimeout(() => {
      setSearching(true);
      void runFind(getText(), query, options).then((r) => {
        if (!r) return; // A newer search took over.
        setSearching(false);
        if (!r.ok) {
          setError(r.error);
          setMatches([]);
          return;
        }
        setError(null);
        setMatches(r.matches);
        setCapped(r.capped);
        setCurrent((c) => Math.min(c, Math.max(0, r.matches.length - 1)));
      });
    }, QUIET_MS);
    return () => clearTimeout(timer);
  }, [query, options, version, getText]);

  useEffect(() => onShow(matches, current), [matches, current, onShow]);

  const step = useCallback((by: 1 | -1) => setCurrent((c) => (matches.length ? (c + by + matches.length) % matches.length : 0)), [matches.length]);
  /**
   * The matches of the query as it stands now, searched again: the list on screen may be the
   * previous query's for QUIET_MS after a paste, and Replace acts on the query shown, always.
   */
  const freshMatches = async () => {
    const t = getText();
    const r = await runFind(t, query, options);
    return r?.ok ? { t, matches: r.matches } : null;
  };
  const replaceOne = async () => {
    const found = await freshMatches();
    const m = found?.matches[Math.min(current, found.matches.length - 1)];
    if (!found || !m) return;
    onReplace([{ start: m.start, end: m.end, text: expandReplacement(replacement, found.t.slice(m.start, m.end), m, options.regex) }]);
  };
  const replaceAll = async () => {
    const found = await freshMatches();
    if (!found?.matches.length) return;
    onReplace(found.matches.map((m) => ({ start: m.start, end: m.end, text: expandReplacement(replacement, found.t.slice(m.start, m.end), m, options.regex) })));
  };
  const toggle = (key: keyof FindOptions, label: string, short: string) => (
    <button type="button" className="button button--small find-bar__option" aria-pressed={options[key]} aria-label={label} title={label} onClick={() => {
        setOptions({ ...options, [key]: !options[key] });
        setCurrent(0);
      }}>
      {short}
    </button>
  );
  const count = error ? "" : !query ? "" : searching && !matches.length ? "Searching…" : matches.length ? `${current + 1} of ${matches.length}${capped ? "+" : ""}` : "No matches";

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={target.pane === "raw" ? "Find in the raw OCR" : replacing ? "Find and replace in the corrected text" : "Find in the corrected text"}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="find-bar__row">
        <input
          ref={input}
          className="find-bar__input"
          aria-label="Find"
          placeholder={target.pane === "raw" ? "Find in the raw OCR" : "Find"}
          value={query}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "find-error" : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <span className="find-bar__count" role="status">{count}</span>
        <button type="button" className="button button--small" aria-label="Previous match" title="Previous match (Shift+Enter)" onClick={() => step(-1)} disabled={!matches.length}>↑</button>
        <button type="button" className="button button--small" aria-label="Next match" title="Next match (Enter)" onClick={() => step(1)} disabled={!matches.length}>↓</button>
        {toggle("caseSensitive", "Match case", "Aa")}
        {toggle("wholeWord", "Whole word", "W")}
        {toggle("regex", "Regular expression", ".*")}
        <button type="button" className="button button--small button--quiet" aria-label="Close find" title="Close (Escape)" onClick={onClose}>✕</button>
      </div>
      {replacing && (
        <div className="find-bar__row">
          <input
            className="find-bar__input"
            aria-label="Replace with"
            placeholder={options.regex ? "Replace with ($1 for a group)" : "Replace with"}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void replaceOne();
              }
            }}
          />
          <button type="button" className="button button--small" onClick={() => void replaceOne()} disabled={!query}>Replace</button>
          <button type="button" className="button button--small" onClick={() => void replaceAll()} disabled={!query}>Replace all</button>
        </div>
      )}
      {error && <p id="find-error" className="find-bar__error" role="alert">{error}</p>}
    </div>
  );
}
