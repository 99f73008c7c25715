import type { Metadata } from "next";
import Link from "next/link";
import { CerFigure } from "@/components/audits/cer-figure";
import { StartAuditForm } from "@/components/audits/start-audit-form";
import { TimeStamp } from "@/components/ui/time-stamp";
import { can } from "@/lib/auth/permissions";
import { listAudits } from "@/lib/data/audits/get-audit";
import { planAudit } from "@/lib/data/audits/start-audit";
import { getCollectionView } from "@/lib/data/collections/get-collection";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audits" };

/** How good is the approved text? A collection's audits by sampling, and a form to start one. */
export default async function CollectionAuditsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/collections/${id}/audits`);
  const { name } = await orNotFound(getCollectionView({ id }));
  const [plan, audits] = await Promise.all([planAudit({ collectionId: id }), listAudits({ collectionId: id })]);
  return (
    <>
      <div className="page-head">
        <h1>Audits: {name}</h1>
        <Link href={`/collections/${id}`}>The collection</Link>
      </div>
      {can(user.role, "proposal.review") &&
        (plan.lines > 0 ? (
          <StartAuditForm collectionId={id} lines={plan.lines} defaultSize={plan.defaultSize} />
        ) : (
          <div className="empty-state"><p>Nothing to audit yet: an audit samples approved documents, and this collection has none. Approve documents first.</p></div>
        ))}
      {audits.length > 0 && (
        <section className="card" aria-labelledby="audits-title">
          <h2 id="audits-title">Audits</h2>
          <table className="doc-table">
            <caption className="visually-hidden">This collection&apos;s audits, newest first</caption>
            <thead>
              <tr><th scope="col">Started</th><th scope="col">By</th><th scope="col" className="num">Checked</th><th scope="col" className="num">Errors found</th><th scope="col">Remaining CER</th></tr>
            </thead>
            <tbody>
              {audits.map((a) => (
                <tr key={a.id}>
                  <td><Link href={`/audits/${a.id}`}><TimeStamp iso={a.createdAt} /></Link></td>
                  <td>{a.startedBy}</td>
                  <td className="num">{a.checked} of {a.sampleSize}</td>
                  <td className="num">{a.errors}</td>
                  <td><CerFigure cer={a.remainingCer} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
