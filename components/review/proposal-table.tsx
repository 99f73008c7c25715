import Link from "next/link";
import { TimeStamp } from "@/components/ui/time-stamp";
import { ProposalStatusBadge } from "./proposal-status-badge";

export interface ProposalRow {
  id: string;
  message: string;
  status: string;
  createdAt: string;
  baseSeq: number;
  stats: { inserted: number; deleted: number };
  author: { displayName: string } | null;
  reviewer?: { displayName: string } | null;
  document?: { id: string; title: string; headSeq: number };
}

/** Proposals with their size (characters inserted and deleted), oldest first as given. */
export function ProposalTable({ rows, showDocument = false, caption }: { rows: ProposalRow[]; showDocument?: boolean; caption: string }) {
  return (
    <table className="doc-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Proposal</th>
          {showDocument && <th scope="col">Document</th>}
          <th scope="col">By</th>
          <th scope="col">Submitted</th>
          <th scope="col" className="num">Size</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id}>
            <td><Link href={`/proposals/${p.id}`}>{p.message}</Link></td>
            {showDocument && p.document && (
              <td>
                <Link href={`/documents/${p.document.id}`}>{p.document.title}</Link>
                {p.document.headSeq !== p.baseSeq && <span className="muted"> · {p.document.headSeq - p.baseSeq} newer revision(s)</span>}
              </td>
            )}
            <td>{p.author?.displayName ?? "—"}</td>
            <td><TimeStamp iso={p.createdAt} /></td>
            <td className="num">
              <span className="stat--ins">+{p.stats.inserted}</span> <span className="stat--del">−{p.stats.deleted}</span>
            </td>
            <td><ProposalStatusBadge status={p.status} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
