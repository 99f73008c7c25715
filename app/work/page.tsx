import type { Metadata } from "next";
import Link from "next/link";
import { NextTaskButton } from "@/components/team/next-task-button";
import { DueDate } from "@/components/team/due-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimeStamp } from "@/components/ui/time-stamp";
import { can } from "@/lib/auth/permissions";
import { listMyWork } from "@/lib/data/assignments/list-my-work";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My work" };

/** One person's work: the next task, what is assigned to them, what waits for their review, and their proposals sent back. */
export default async function MyWorkPage() {
  const user = await requirePageUser("/work", "proposal.create");
  const work = await listMyWork({ user });
  const reviewer = can(user.role, "proposal.review");
  return (
    <>
      <div className="page-head">
        <h1>My work</h1>
        <NextTaskButton kind="correct" label="Next document to correct" shortcut />
        {reviewer && <NextTaskButton kind="review" label="Next to review" className="button" />}
      </div>
      <p className="muted">
        The next task takes what is assigned to you first (due soonest), then unassigned documents by priority, date and title, skipping any
        someone else has open. Press <kbd>N</kbd> for it here or on the documents list.
      </p>

      <section className="card" aria-labelledby="assigned-title">
        <h2 id="assigned-title">Assigned to you ({work.assigned.length})</h2>
        {work.assigned.length === 0 ? (
          <p className="empty-state">Nothing is assigned to you. {reviewer ? "Assign documents from the documents list: tick them, choose a person, Assign." : "Use the next-task button, or ask a reviewer to assign you documents."}</p>
        ) : (
          <table className="doc-table">
            <caption className="visually-hidden">Documents assigned to you, due soonest first</caption>
            <thead>
              <tr><th scope="col">Document</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col" className="narrow-hidden">Assigned by</th></tr>
            </thead>
            <tbody>
              {work.assigned.map((a) => (
                <tr key={a.documentId}>
                  <td><Link href={`/documents/${a.documentId}`}>{a.title}</Link></td>
                  <td><StatusBadge status={a.status} /></td>
                  <td>{a.dueDate ? <DueDate day={a.dueDate} /> : <span className="muted">—</span>}</td>
                  <td className="narrow-hidden">{a.assignedBy}, <TimeStamp iso={a.assignedAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {reviewer && (
        <section className="card" aria-labelledby="review-title">
          <h2 id="review-title">Waiting for your review ({work.toReview.length})</h2>
          {work.toReview.length === 0 ? (
            <p className="empty-state">No proposals by others wait for review. The <Link href="/review">review queue</Link> also lists replacements across documents.</p>
          ) : (
            <ul className="work-list">
              {work.toReview.map((p) => (
                <li key={p.proposalId}>
                  <Link href={`/proposals/${p.proposalId}`}>{p.title}</Link> <span className="muted">by {p.author}, <TimeStamp iso={p.createdAt} /></span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="card" aria-labelledby="sent-back-title">
        <h2 id="sent-back-title">Your proposals sent back ({work.sentBack.length})</h2>
        {work.sentBack.length === 0 ? (
          <p className="empty-state">None of your proposals was rejected or needs a rebase in the last 90 days.</p>
        ) : (
          <ul className="work-list">
            {work.sentBack.map((p) => (
              <li key={p.proposalId}>
                <Link href={`/proposals/${p.proposalId}`}>{p.title}</Link>{" "}
                <span className="muted">{p.status === "rejected" ? "rejected" : "needs a rebase"}{p.decidedAt && <>, <TimeStamp iso={p.decidedAt} /></>}</span>
                {p.note && <blockquote className="work-list__note">{p.note}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
