"use client";
import { useMemo, useState, type ReactNode } from "react";
import type { MergeSegment } from "@/lib/review/merge-words";
import { diffWords } from "@/lib/revisions/word-diff";

export type Choice = { kind: "mine" } | { kind: "theirs" } | { kind: "custom"; text: string };

/** How the view names the two versions; a save's conflict by default. */
export interface ConflictLabels {
  title(conflicts: number): string;
  item: string;
  base: string;
  theirs: string;
  mine: string;
  keepTheirs: string;
  keepMine: string;
}

/** Unchanged text shown around each conflict; the rest folds away. */
const CONTEXT = 80;

/** `to` against `from`, word by word: what this side did to the base, marked. */
function Marked({ from, to }: { from: string; to: string }) {
  const diffs = useMemo(() => diffWords(from, to), [from, to]);
  if (!to) return <em className="muted">(deleted)</em>;
  return (
    <>
      {diffs.map(([op, text], i) => (op === 0 ? <span key={i}>{text}</span> : op === 1 ? <ins key={i}>{text}</ins> : <del key={i}>{text}</del>))}
    </>
  );
}

function Unchanged({ text, first, last }: { text: string; first: boolean; last: boolean }) {
  const head = first ? "" : text.slice(0, CONTEXT);
  const tail = last ? "" : text.slice(Math.max(head.length, text.length - CONTEXT));
  const hidden = text.slice(head.length, text.length - tail.length);
  return (
    <span className="conflict-view__ok">
      {head}
      {hidden && (
        <details className="diff__fold">
          <summary>{hidden.length.toLocaleString("en")} characters that merge cleanly</summary>
          {hidden}
        </details>
      )}
      {tail}
    </span>
  );
}

interface Props {
  segments: MergeSegment[];
  headSeq: number;
  /** What "mine" is here: "this proposal", "your text". */
  mineLabel: string;
  intro: ReactNode;
  labels?: ConflictLabels;
  /** Without it the view only shows the conflicts (a reviewer looking at someone's proposal). */
  resolve?: {
    label(remaining: number): string;
    pending: boolean;
    error: string | null;
    /** The resolved text, and the choice made at each conflict in order. */
    onResolve(text: string, choices: Choice[]): void;
    /** Further choices beside the main button (the explicit overwrite of a direct save). */
    extra?: ReactNode;
  };
}

/**
 * The conflict view, for proposals and direct saves alike: for each place where two versions
 * changed the same words, the base, theirs and mine with the changed words marked; the person
 * keeps theirs, keeps mine, or writes the passage anew, and gets the whole resolved text.
 */
export function ConflictChoices({ segments, headSeq, mineLabel, intro, resolve, labels: given }: Props) {
  const conflicts = segments.filter((s) => s.kind === "conflict").length;
  const labels: ConflictLabels = given ?? {
    title: (n) => `${n} conflict${n === 1 ? "" : "s"} with revision ${headSeq}`,
    item: "Conflict",
    base: "Base (what you started from)",
    theirs: `Theirs (revision ${headSeq})`,
    mine: `Mine (${mineLabel})`,
    keepTheirs: "Keep theirs",
    keepMine: "Keep mine",
  };
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const decided = Object.keys(choices).length;

  const resolved = () =>
    segments
      .map((s, i) => {
        if (s.kind === "ok") return s.text;
        const c = choices[i];
        return c?.kind === "custom" ? c.text : c?.kind === "theirs" ? s.theirs : s.mine;
      })
      .join("");

  let conflictNumber = 0;
  return (
    <section className="card conflict-view" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{labels.title(conflicts)}</h2>
      <p className="muted">{intro}</p>
      <div className="conflict-view__text">
        {segments.map((s, i) => {
          if (s.kind === "ok") return <Unchanged key={i} text={s.text} first={i === 0} last={i === segments.length - 1} />;
          const n = ++conflictNumber;
          const choice = choices[i];
          const set = (c: Choice) => setChoices({ ...choices, [i]: c });
          return (
            <fieldset key={i} className="conflict" aria-label={`${labels.item} ${n}`}>
              <legend>{labels.item} {n}</legend>
              <dl className="conflict__versions">
                <dt>{labels.base}</dt>
                <dd className="conflict__base">{s.base || <em className="muted">(nothing)</em>}</dd>
                <dt>{labels.theirs}</dt>
                <dd><Marked from={s.base} to={s.theirs} /></dd>
                <dt>{labels.mine}</dt>
                <dd><Marked from={s.base} to={s.mine} /></dd>
              </dl>
              {resolve && (
                <div className="conflict__choices" role="radiogroup" aria-label={`Resolve ${labels.item.toLowerCase()} ${n}`}>
                  <label><input type="radio" name={`c${i}`} checked={choice?.kind === "theirs"} onChange={() => set({ kind: "theirs" })} /> {labels.keepTheirs}</label>
                  <label><input type="radio" name={`c${i}`} checked={choice?.kind === "mine"} onChange={() => set({ kind: "mine" })} /> {labels.keepMine}</label>
                  <label>
                    <input type="radio" name={`c${i}`} checked={choice?.kind === "custom"} onChange={() => set({ kind: "custom", text: s.mine })} /> Write it anew
                  </label>
                  {choice?.kind === "custom" && (
                    <textarea aria-label={`Text for ${labels.item.toLowerCase()} ${n}`} rows={2} value={choice.text} onChange={(e) => set({ kind: "custom", text: e.target.value })} />
                  )}
                </div>
              )}
            </fieldset>
          );
        })}
      </div>
      {resolve && (
        <>
          {resolve.error && <p className="form-error" role="alert">{resolve.error}</p>}
          <div className="notice__actions">
            <button type="button" className="button button--primary" disabled={resolve.pending || decided < conflicts} onClick={() => resolve.onResolve(resolved(), segments.flatMap((s, i) => (s.kind === "conflict" ? [choices[i]] : [])))}>
              {resolve.label(conflicts - decided)}
            </button>
            {resolve.extra}
          </div>
        </>
      )}
    </section>
  );
}
