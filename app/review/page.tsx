import type { Metadata } from "next";
import Link from "next/link";
import { ProposalTable } from "@/components/review/proposal-table";
import { can } from "@/lib/auth/permissions";
import { OwnProposals } from "@/components/review/own-proposals";
import { listNeedsRebase, listOwnProposals, listReviewQueue } from "@/lib/data/proposals/list-proposals";
import { listOpenChangesets } from "@/lib/data/changesets/list-open-changesets";
import { TimeStamp } from "@/components/ui/time-stamp";
import { countReviewNews } from "@/lib/data/proposals/count-review-news";
import { requirePageUser } from "@/lib/server/http/auth";
import { NextTaskButton } from "@/components/team/next-task-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

/** Every proposal waiting for a reviewer, oldest first; above it, the user's own sent back for a conflict. */
export default async function ReviewQueuePage() {
  const user = await requirePageUser("/review");
  const [queue, mine, own, changesets, news] = await Promise.all([
    listReviewQueue(), listNeedsRebase({ authorId: user.id }), listOwnProposals({ authorId: user.id }), listOpenChangesets(), countReviewNews({ user }),
  ]);
  const isReviewer = can(user.role, "proposal.review");
  return (
    <>
      <div className="page-head">
        <h1>Review queue</h1>
        <span className="muted">{isReviewer ? waitingForYou(news) : `${plural(queue.length + changesets.reduce((n, c) => n + c.waiting, 0), "proposal")} waiting for review`}, oldest first</span>
        {isReviewer && <NextTaskButton kind="review" label="Next to review" />}
      </div>
      {mine.length > 0 && (
        <section className="card notice--warn" aria-labelledby="mine-title">
          <h2 id="mine-title">Sent back to you: resolve the conflicts</h2>
          <ProposalTable rows={mine} showDocument caption="Your proposals that need a rebase" />
        </section>
      )}
      {!isReviewer && <OwnProposals rows={own} />}
      {changesets.length > 0 && (
        <section className="card" aria-labelledby="changesets-title">
          <h2 id="changesets-title">Replacements across documents</h2>
          <ul className="changeset-list">
            {changesets.map((c) => (
              <li key={c.id}>
                <Link href={`/changesets/${c.id}`}>{c.message}</Link>{" "}
                <span className="muted">
                  <q>{c.query}</q> → <q>{c.replacement}</q>, by {c.authorName}, <TimeStamp iso={c.createdAt.toISOString()} />: {c.waiting} document{c.waiting === 1 ? "" : "s"} waiting
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {queue.length === 0 && changesets.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing to review</h2>
          <p>
            Proposals appear here when correctors save changes. {isReviewer ? "" : "Reviewers approve or reject them; you can follow yours here."}{" "}
            <Link href="/">Open a document</Link> to correct it.
          </p>
        </div>
      ) : (
        queue.length > 0 && <ProposalTable rows={queue} showDocument caption="Proposals waiting for review" />
      )}
      {isReviewer && own.length > 0 && <OwnProposals rows={own} />}
    </>
  );
}

const plural = (n: number, what: string) => `${n.toLocaleString("en")} ${what}${n === 1 ? "" : "s"}`;

/** The header badge's number, in words: what waits for this reviewer (never their own). */
function waitingForYou({ waiting, inChangesets }: { waiting: number; inChangesets: number }) {
  const of = inChangesets === 0 ? "" : inChangesets === waiting ? ", all in replacements across documents" : `, ${inChangesets.toLocaleString("en")} of them in replacements across documents`;
  return `${plural(waiting, "proposal")} waiting for you${of}`;
}
