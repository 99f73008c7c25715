import Link from "next/link";
import { TimeStamp } from "@/components/ui/time-stamp";
import type { ActivityItem } from "@/lib/data/audit/audit-shape";

const VERBS: Record<string, string> = {
  "proposal.create": "proposed a correction",
  "proposal.approve": "approved a proposal",
  "proposal.reject": "rejected a proposal",
  "proposal.withdraw": "withdrew a proposal",
  "proposal.conflict": "found a conflict in a proposal",
  "proposal.resubmit": "resubmitted a proposal",
  "document.status": "changed the status",
  "document.mark_corrected": "marked the document corrected",
  "document.approve": "approved the document",
  "document.assign": "changed who works on it",
  "document.priority": "changed its priority",
};

/** Actions whose states are ids, not levels: their detail says it in words. */
const STATES_UNSHOWN = new Set(["document.assign"]);

const STATE_LABELS: Record<string, string> = {
  raw: "raw OCR", in_progress: "in progress", corrected: "corrected", approved: "approved",
  proposed: "waiting", needs_rebase: "needs rebase", rejected: "rejected", withdrawn: "withdrawn",
};
const state = (s: string | null) => (s ? (STATE_LABELS[s] ?? s) : "");

/** A document's audit trail: who did what, when, from which state to which. */
export function ActivityFeed({ items, documentId }: { items: ActivityItem[]; documentId: string }) {
  if (items.length === 0) return <div className="empty-state"><p>No activity recorded yet.</p></div>;
  return (
    <ol className="activity">
      {items.map((e) =>
        e.subjectType === "revision" ? (
          // A revision is credited to whoever wrote the change, who may not be who stored it
          // (an approved proposal): say what was stored, and by whose correction.
          <li key={e.id}>
            <TimeStamp iso={e.createdAt} /> · <Link href={`/documents/${documentId}/revisions/${e.subjectId}`}>{e.detail}</Link>
            <span className="muted"> · by {e.actor?.displayName ?? "the OCR import"}</span>
          </li>
        ) : (
        <li key={e.id}>
          <TimeStamp iso={e.createdAt} /> · <strong>{e.actor?.displayName ?? "the system"}</strong> {VERBS[e.action] ?? e.action}
          {e.subjectType === "proposal" && <> (<Link href={`/proposals/${e.subjectId}`}>see it</Link>)</>}
          {(e.fromState || e.toState) && !STATES_UNSHOWN.has(e.action) && (
            <span className="muted"> · {e.fromState ? `${state(e.fromState)} → ` : ""}{state(e.toState)}</span>
          )}
          {e.detail && <span className="activity__detail"> — {e.detail}</span>}
        </li>
        ),
      )}
    </ol>
  );
}
