import type { Metadata } from "next";
import Link from "next/link";
import { DiffView } from "@/components/document/diff-view";
import { ConflictResolver } from "@/components/review/conflict-resolver";
import { ProposalStatusBadge } from "@/components/review/proposal-status-badge";
import { ReviewForm } from "@/components/review/review-form";
import { WithdrawButton } from "@/components/review/withdraw-button";
import { TimeStamp } from "@/components/ui/time-stamp";
import { can } from "@/lib/auth/permissions";
import { describeHunk, describePartialApproval } from "@/lib/review/hunks";
import { getProposal } from "@/lib/data/proposals/get-proposal";
import { hunkImages } from "@/lib/data/proposals/hunk-images";
import { getCollectionPolicy } from "@/lib/data/collections/review-policy";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Proposal" };

export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/proposals/${id}`);
  const p = await orNotFound(getProposal({ id }));
  const policy = await getCollectionPolicy({ collectionId: p.document.collectionId });
  const isAuthor = p.authorId === user.id;
  const isOpen = p.status === "proposed" || p.status === "needs_rebase";
  const mayReview = p.status === "proposed" && can(user.role, "proposal.review") && (!isAuthor || policy.allowSelfApproval);
  const conflict = p.merge && !p.merge.clean ? p.merge : null;
  const partial = p.status === "approved" && p.rejectedHunks?.length ? describePartialApproval(p.hunks, p.acceptedHunks ?? []) : null;
  // Each change beside its words on the scan, for the reviewer to check against.
  const images = mayReview ? await hunkImages({ documentId: p.document.id, seq: p.baseSeq, hunks: p.hunks }) : new Map();

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted breadcrumb">
            <Link href={`/documents/${p.document.id}`}>{p.document.title}</Link> › <Link href={`/documents/${p.document.id}/proposals`}>Proposals</Link>
          </p>
          <h1>{p.message}</h1>
          <p className="doc-head__meta">
            <ProposalStatusBadge status={p.status} />
            <span>by {p.author.displayName}, <TimeStamp iso={p.createdAt} /></span>
            <span>against revision {p.baseSeq}{p.headSeq !== p.baseSeq && isOpen ? ` (the text is now at revision ${p.headSeq})` : ""}</span>
            <span><span className="stat--ins">+{p.stats.inserted}</span> <span className="stat--del">−{p.stats.deleted}</span> characters</span>
          </p>
        </div>
        {isAuthor && isOpen && <WithdrawButton proposalId={p.id} />}
      </div>

      {p.status === "approved" && (
        <div className="notice notice--ok" role="status">
          Approved by {p.reviewer?.displayName ?? "a former user"}
          {p.decidedAt && <>, <TimeStamp iso={p.decidedAt} /></>}, as{" "}
          <Link href={`/documents/${p.document.id}/revisions/${p.resultSeq}`}>revision {p.resultSeq}</Link>.
          {partial && (
            <>
              {" "}The reviewer {partial.summary.replace(/; left out:.*/, "")}.
              <ul className="decision-list">
                {partial.accepted.map((h) => <li key={h.index}>Accepted: {describeHunk(h)}</li>)}
                {partial.leftOut.map((h) => <li key={h.index}><strong>Left out:</strong> {describeHunk(h)}</li>)}
              </ul>
            </>
          )}
          {p.note && <blockquote className="review-note">{p.note}</blockquote>}
        </div>
      )}
      {p.status === "rejected" && (
        <div className="notice notice--error" role="status">
          Rejected by {p.reviewer?.displayName ?? "a former user"}{p.decidedAt && <>, <TimeStamp iso={p.decidedAt} /></>}.
          {p.note && <blockquote className="review-note">{p.note}</blockquote>}
        </div>
      )}
      {p.status === "withdrawn" && <div className="notice notice--info" role="status">Withdrawn by its author.</div>}
      {p.status === "needs_rebase" && (
        <div className="notice notice--warn" role="status">
          Sent back to {isAuthor ? "you" : "its author"}: it conflicts with revision(s) saved since revision {p.baseSeq}.
          {isAuthor ? " Resolve each place below and resubmit." : " Nothing was stored; the author resolves it and resubmits."}
        </div>
      )}
      {p.status === "proposed" && isAuthor && !mayReview && (
        <div className="notice notice--info" role="status">
          Waiting for a reviewer. {can(user.role, "proposal.review") ? "Another reviewer must approve your own proposal (four eyes)." : ""}
        </div>
      )}
      {p.status === "proposed" && p.merge?.clean && (
        <div className="notice notice--info" role="status">
          Revision{p.headSeq - p.baseSeq > 1 ? "s" : ""} {p.baseSeq + 1}{p.headSeq - p.baseSeq > 1 ? `–${p.headSeq}` : ""} landed since this proposal was made; its changes touch other words and merge cleanly.
        </div>
      )}

      {conflict && <ConflictResolver proposalId={p.id} headSeq={conflict.headSeq} segments={conflict.segments} canResolve={isAuthor && p.status === "needs_rebase"} />}

      {mayReview && <ReviewForm proposalId={p.id} documentId={p.document.id} hunks={p.hunks.map((h) => ({ ...h, image: images.get(h.index) }))} />}

      <section className="card" aria-labelledby="diff-title">
        <h2 id="diff-title">The proposal against revision {p.baseSeq}</h2>
        <DiffView diffs={p.diff} leftOut={partial ? new Set(partial.leftOut.map((h) => h.index)) : undefined} />
      </section>
    </>
  );
}
