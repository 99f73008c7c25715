import Link from "next/link";
import { TimeStamp } from "@/components/ui/time-stamp";
import { ProposalStatusBadge } from "./proposal-status-badge";

interface Row {
  id: string;
  message: string;
  status: string;
  isNew: boolean;
  note: string | null;
  decidedAt: string | null;
  createdAt: string;
  rejectedHunks: number[] | null;
  reviewer?: { displayName: string } | null;
  document?: { id: string; title: string };
}

const decision = (p: Row) =>
  p.status === "approved" ? (p.rejectedHunks?.length ? "Partly approved" : "Approved")
  : p.status === "rejected" ? "Rejected"
  : p.status === "needs_rebase" ? "Sent back: resolve the conflict"
  : p.status === "withdrawn" ? "Withdrawn"
  : "Waiting for a reviewer";

/** The corrector's own proposals with each decision, its reviewer and note; news since the last visit marked. */
export function OwnProposals({ rows }: { rows: Row[] }) {
  const news = rows.filter((r) => r.isNew).length;
  return (
    <section className="card" aria-labelledby="own-title">
      <h2 id="own-title">Your proposals{news > 0 && <span className="badge badge--count">{news} new</span>}</h2>
      {rows.length === 0 ? (
        <p className="muted">You have not proposed a correction yet. Open a document, correct it and press Propose.</p>
      ) : (
        <ul className="own-proposals">
          {rows.map((p) => (
            <li key={p.id} className={p.isNew ? "own-proposals__item own-proposals__item--new" : "own-proposals__item"}>
              <div>
                {p.isNew && <strong className="own-proposals__new">New · </strong>}
                <Link href={`/proposals/${p.id}`}>{p.message}</Link>
                {p.document && <span className="muted"> on <Link href={`/documents/${p.document.id}`}>{p.document.title}</Link></span>}
              </div>
              <div className="muted">
                <ProposalStatusBadge status={p.status} /> {decision(p)}
                {p.reviewer && p.decidedAt && <> by {p.reviewer.displayName}, <TimeStamp iso={p.decidedAt} /></>}
              </div>
              {p.note && <blockquote className="review-note">{p.note}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
