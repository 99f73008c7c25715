import type { Metadata } from "next";
import Link from "next/link";
import { DiffView } from "@/components/document/diff-view";
import { RevertButton } from "@/components/document/revert-button";
import { canCommitDirectly } from "@/lib/auth/permissions";
import { getDocumentSummary } from "@/lib/data/documents/get-document-summary";
import { getCollectionPolicy } from "@/lib/data/collections/review-policy";
import { TimeStamp } from "@/components/ui/time-stamp";
import { getDiff, listRevisions } from "@/lib/data/revisions/revisions";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

const parseSeq = (value: string | undefined, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
};

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}/history`);
  const query = await searchParams;
  const revisions = await orNotFound(listRevisions({ documentId: id }));
  const { collectionId } = await getDocumentSummary({ id });
  const mayRevert = canCommitDirectly(user.role, await getCollectionPolicy({ collectionId }));
  const headSeq = revisions.length - 1;
  const to = parseSeq(query.to, headSeq, headSeq);
  const from = parseSeq(query.from, 0, headSeq);
  const diffs = await getDiff({ documentId: id, from, to });
  const label = (seq: number) => (seq === 0 ? "0 — raw OCR" : `${seq} — ${revisions[seq].message}`);

  return (
    <div className="history">
      <section aria-labelledby="compare-title" className="card">
        <h2 id="compare-title">Compare</h2>
        <form className="compare-form">
          <label>
            From{" "}
            <select name="from" defaultValue={from}>
              {revisions.map((r) => <option key={r.seq} value={r.seq}>{label(r.seq)}</option>)}
            </select>
          </label>
          <label>
            To{" "}
            <select name="to" defaultValue={to}>
              {revisions.map((r) => <option key={r.seq} value={r.seq}>{label(r.seq)}</option>)}
            </select>
          </label>
          <button className="button" type="submit">Show differences</button>
          <span className="legend"><del>deleted</del> <ins>inserted</ins></span>
        </form>
        <p className="muted">Revision {from} → revision {to}, compared word by word.</p>
        <DiffView diffs={diffs} />
      </section>

      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">Revisions</h2>
        <table className="rev-table stack-table">
          <thead>
            <tr>
              <th scope="col" className="num">Seq</th>
              <th scope="col">Message</th>
              <th scope="col">Author</th>
              <th scope="col">Time</th>
              <th scope="col" className="num">Changes</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {[...revisions].reverse().map((r) => (
              <tr key={r.seq} aria-current={r.seq === headSeq ? "true" : undefined}>
                <td className="num" data-label="Seq">{r.seq}{r.seq === headSeq && <span className="badge badge--head">current</span>}</td>
                <td data-label="Message">{r.message}</td>
                <td data-label="Author">{r.authorName}</td>
                <td data-label="Time"><TimeStamp iso={r.createdAt} /></td>
                <td className="num" data-label="Changes">
                  {r.seq === 0 ? <span className="muted">raw</span> : (
                    <>
                      <span className="stat stat--ins" title="characters inserted">+{r.stats.inserted}</span>{" "}
                      <span className="stat stat--del" title="characters deleted">−{r.stats.deleted}</span>
                    </>
                  )}
                </td>
                <td className="actions">
                  <Link className="button button--small" href={`/documents/${id}/revisions/${r.seq}`}>Text</Link>
                  {r.seq > 0 && (
                    <Link className="button button--small" href={`/documents/${id}/history?from=${r.seq - 1}&to=${r.seq}`}>Diff</Link>
                  )}
                  {mayRevert && r.seq !== headSeq && <RevertButton documentId={id} seq={r.seq} headSeq={headSeq} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
