const LABELS: Record<string, string> = {
  raw: "Raw OCR",
  in_progress: "In progress",
  corrected: "Corrected",
  approved: "Approved",
};

/** A document's proofreading level, as a coloured badge. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status}`}>{LABELS[status] ?? status}</span>;
}
