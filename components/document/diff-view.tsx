import { collapseUnchanged } from "@/lib/revisions/word-diff";
import type { Diff } from "@/lib/revisions/types";

/**
 * An inline diff: deletions struck through, insertions underlined, long unchanged stretches
 * folded behind a <details> that expands without script. Text is rendered as text.
 */
export function DiffView({ diffs }: { diffs: Diff[] }) {
  const changed = diffs.some(([op]) => op !== 0);
  if (!changed) return <p className="empty-state">The two revisions have the same text.</p>;
  const segments = collapseUnchanged(diffs);
  return (
    <div className="diff" aria-label="Differences">
      {segments.map((s, i) => {
        switch (s.kind) {
          case "insert":
            return <ins key={i}>{s.text}</ins>;
          case "delete":
            return <del key={i}>{s.text}</del>;
          case "equal":
            return <span key={i}>{s.text}</span>;
          case "collapsed":
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
        }
      })}
    </div>
  );
}
