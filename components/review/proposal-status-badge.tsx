const LABELS: Record<string, string> = {
  proposed: "Waiting for review",
  needs_rebase: "Conflict: author must resolve",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export function ProposalStatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--proposal-${status}`}>{LABELS[status] ?? status}</span>;
}
