import Link from "next/link";
import type { StatusCounts } from "@/lib/data/documents/progress-shape";

const ORDER = [
  ["approved", "approved"],
  ["corrected", "corrected"],
  ["in_progress", "in progress"],
  ["raw", "raw OCR"],
] as const;

/** A collection's proofreading progress: one coloured stretch per status, widths by share. */
export function ProgressBar({ counts, total, label, href }: { counts: StatusCounts; total: number; label: string; href?: string }) {
  const summary = ORDER.filter(([k]) => counts[k]).map(([k, name]) => `${counts[k]} ${name}`).join(", ");
  const done = total ? Math.round((100 * counts.approved) / total) : 0;
  return (
    <div className="progress-row">
      <span className="progress-row__label">{href ? <Link href={href}>{label}</Link> : label}</span>
      <div className="status-bar" role="img" aria-label={`${label}: ${summary || "no documents"}`}>
        {ORDER.map(([k]) => (counts[k] ? <span key={k} className={`status-bar__part status-bar__part--${k}`} style={{ flexGrow: counts[k] }} title={`${counts[k]} ${k.replace("_", " ")}`} /> : null))}
      </div>
      <span className="muted progress-row__summary">{total ? `${done}% approved · ${summary}` : "no documents"}</span>
    </div>
  );
}
