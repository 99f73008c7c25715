import { collapseUnchanged } from "@/lib/revisions/word-diff";
import type { Diff } from "@/lib/revisions/types";

/**
 * An inline diff: deletions struck through, insertions underlined, long unchanged stretches
 * folded behind a <details> that expands without script. Text is rendered as text.
 * `leftOut` marks changes (numbered in text order from 0, as lib/review/hunks numbers them)
 * that a partial approval did not take.
 */
export function DiffView({ diffs, leftOut }: { diffs: Diff[]; leftOut?: ReadonlySet<number> }) {
  const changed = diffs.some(([op]) => op !== 0);
  if (!changed) return <p className="empty-state">The two revisions have the same text.</p>;
  const segments = collapseUnchanged(diffs);
  let hunk = -1;
  let inHunk = false;
  return (
    <div className="diff" aria-label="Differences">
      {segments.map((s, i) => {
        if (s.kind === "insert" || s.kind === "delete") {
          if (!inHunk) hunk++;
          inHunk = true;
          const left = leftOut?.has(hunk);
          // The label goes after the hunk's last part, so each left-out change is named once.
          const last = !(segments[i + 1]?.kind === "insert" || segments[i + 1]?.kind === "delete");
          const mark = s.kind === "insert" ? <ins>{s.text}</ins> : <del>{s.text}</del>;
          return left ? (
            <span key={i} className="diff__left-out">
              {mark}
              {last && <span className="diff__left-out-label"> left out</span>}
            </span>
          ) : (
            <span key={i}>{mark}</span>
          );
        }
        inHunk = false;
        if (s.kind === "equal") return <span key={i}>{s.text}</span>;
        return (
          <span key={i}>
            {s.head}
            <details className="diff__fold">
              <summary>{s.hidden.length.toLocaleString("en")} unchanged characters</summary>
              {s.hidden}
            </details>
            {s.tail}
          </span>
        );
      })}
    </div>
  );
}
