import type { Metadata } from "next";
import Link from "next/link";
import { AuditLines } from "@/components/audits/audit-lines";
import { CerFigure } from "@/components/audits/cer-figure";
import { TimeStamp } from "@/components/ui/time-stamp";
import { can } from "@/lib/auth/permissions";
import { getAudit, listAuditLines } from "@/lib/data/audits/get-audit";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit" };

/** An audit in progress: its figures so far, by corrector, and the lines left to check. */
export default async function AuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/audits/${id}`);
  const [audit, lines] = await Promise.all([orNotFound(getAudit({ id })), listAuditLines({ id })]);
  return (
    <>
      <div className="page-head">
        <h1>Audit of {audit.collectionName}</h1>
        <Link href={`/collections/${audit.collectionId}/audits`}>All audits</Link>
      </div>
      <section className="card audit-summary" aria-label="Figures so far">
        <p>
          Started by {audit.startedBy}, <TimeStamp iso={audit.createdAt} />. <strong>{audit.checked}</strong> of {audit.sampleSize} lines checked,{" "}
          <strong>{audit.errors}</strong> character error{audit.errors === 1 ? "" : "s"} found in {audit.characters} characters.
        </p>
        <p>Remaining character error rate of the approved text: <CerFigure cer={audit.remainingCer} /></p>
        {audit.checked < audit.sampleSize && <p className="muted">The interval narrows as more lines are checked; the default sample aims at about ±1 point.</p>}
        {audit.byCorrector.length > 0 && (
          <div className="table-scroll table-scroll--focusable" tabIndex={0} role="region" aria-label="By corrector, a table that scrolls sideways on narrow screens">
            <table className="doc-table">
              <caption>By corrector (whose text the lines are), most errors per character first</caption>
              <thead><tr><th scope="col">Corrector</th><th scope="col" className="num">Lines</th><th scope="col" className="num">Errors</th><th scope="col">Remaining CER</th></tr></thead>
              <tbody>
                {audit.byCorrector.map((c) => (
                  <tr key={c.name}><th scope="row">{c.name}</th><td className="num">{c.lines}</td><td className="num">{c.errors}</td><td><CerFigure cer={c.remainingCer} /></td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <h2>Lines</h2>
      <p className="muted">Read each line against its page and correct what is still wrong; Enter keeps it or saves the fix and moves on.</p>
      <AuditLines auditId={id} lines={lines} canCheck={can(user.role, "proposal.review")} />
    </>
  );
}
