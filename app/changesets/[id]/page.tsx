import type { Metadata } from "next";
import Link from "next/link";
import { ChangesetReview } from "@/components/changesets/changeset-review";
import { FollowProgress } from "@/components/changesets/follow-progress";
import { UndoChangeset } from "@/components/changesets/undo-changeset";
import { collectionsBarringUndo } from "@/lib/data/changesets/revert-changeset";
import { TimeStamp } from "@/components/ui/time-stamp";
import { can } from "@/lib/auth/permissions";
import type { ChangesetDocumentView } from "@/lib/data/changesets/changeset-shape";
import { getChangeset } from "@/lib/data/changesets/get-changeset";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Changeset" };

const STATUS: Record<string, string> = {
  applying: "Applying…",
  applied: "Applied",
  proposed: "Proposed for review",
  reverting: "Undoing…",
  reverted: "Undone",
};

/** What became of one document's part, in words. */
function partState(d: ChangesetDocumentView): string {
  if (d.status === "pending") return "waiting";
  if (d.status === "skipped") return "skipped";
  if (d.status === "reverted") return `undone in revision ${d.revertSeq}`;
  if (d.status === "revert_conflict") return "not undone: later changes overlap";
  if (d.status === "proposed") return d.proposalStatus === "approved" ? `approved as revision ${d.resultSeq}` : d.proposalStatus === "proposed" ? "waiting for review" : (d.proposalStatus ?? "proposed").replace("_", " ");
  return `revision ${d.resultSeq}`;
}

export default async function ChangesetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/changesets/${id}`);
  const c = await orNotFound(getChangeset({ id }));
  const working = c.status === "applying" || c.status === "reverting";
  const applied = c.documents.filter((d) => d.resultSeq !== null && d.status !== "reverted" && d.status !== "revert_conflict").length;
  const skipped = c.documents.flatMap((d) => d.skipped.map((s) => ({ ...s, title: d.title, documentId: d.documentId })));
  const undoable = can(user.role, "proposal.review") && (c.status === "applied" || c.status === "proposed") && applied > 0;
  const barred = undoable ? await collectionsBarringUndo({ id, user }) : [];
  return (
    <>
      <FollowProgress active={working} />
      <div className="page-head">
        <h1>{c.message}</h1>
      </div>
      <section className="card changeset-head" aria-label="Changeset">
        <p>
          <q>{c.query}</q> → <q>{c.replacement}</q> <span className="muted">({c.mode}, {c.hits.toLocaleString("en")} hit{c.hits === 1 ? "" : "s"} in {c.progress.total.toLocaleString("en")} document{c.progress.total === 1 ? "" : "s"})</span>
        </p>
        <p className="muted">
          By {c.author.name}, <TimeStamp iso={c.createdAt} />, {c.kind === "commit" ? "as revisions" : "as proposals"}.
        </p>
        <p role="status">
          <strong>{STATUS[c.status] ?? c.status}</strong>
          {c.status === "applying" && ` ${c.progress.done.toLocaleString("en")} of ${c.progress.total.toLocaleString("en")} documents done`}
        </p>
        {working && <progress max={c.progress.total} value={c.status === "applying" ? c.progress.done : undefined} aria-label="Progress" />}
        {undoable && barred.length === 0 && <UndoChangeset id={c.id} documents={applied} />}
        {barred.length > 0 && <p className="muted">Only an admin can undo this changeset: an undo saves to the text directly, and in {barred.join(", ")} reviewers propose.</p>}
      </section>
      {c.kind === "propose" && can(user.role, "proposal.review") && !working && <ChangesetReview id={c.id} documents={c.documents} />}
      {skipped.length > 0 && (
        <section className="card notice--warn" aria-labelledby="skipped-title">
          <h2 id="skipped-title">Skipped: {skipped.length}</h2>
          <ul>
            {skipped.map((s, i) => (
              <li key={`${s.hitId}-${i}`}>
                <Link href={`/documents/${s.documentId}`}>{s.title}</Link>{s.before && <>: <q>{s.before}</q></>}, {s.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <table className="doc-table">
        <caption className="visually-hidden">Documents of this changeset</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Replacements</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {c.documents.map((d) => (
            <tr key={d.documentId}>
              <td><Link href={`/documents/${d.documentId}`}>{d.title}</Link></td>
              <td>{d.edits.length}</td>
              <td>
                {d.resultSeq !== null ? <Link href={`/documents/${d.documentId}/history`}>{partState(d)}</Link> : partState(d)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
