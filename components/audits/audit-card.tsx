import Link from "next/link";
import type { AuditView } from "@/lib/data/audits/audit-shape";
import { CerFigure } from "./cer-figure";

/** The dashboards' word on the approved text: each collection's latest audit, and for one collection, by corrector. */
export function AuditCard({ audits, collectionId }: { audits: AuditView[]; collectionId?: string }) {
  const one = collectionId ? audits[0] : undefined;
  return (
    <section className="card" aria-labelledby="audit-card-title">
      <h2 id="audit-card-title">Errors left in the approved text</h2>
      {audits.length === 0 ? (
        <p className="empty-state">
          No audit yet. An audit checks a random sample of approved lines and estimates how many errors remain, with a 95 % interval:{" "}
          {collectionId ? <Link href={`/collections/${collectionId}/audits`}>start one</Link> : "start one from a collection's Audits page"}.
        </p>
      ) : one ? (
        <>
          <p>
            <CerFigure cer={one.remainingCer} /> from <Link href={`/audits/${one.id}`}>the latest audit</Link> ({one.checked} of {one.sampleSize} lines checked).
          </p>
          {one.byCorrector.length > 0 && (
            <ul className="work-list">
              {one.byCorrector.map((c) => <li key={c.name}>{c.name}: <CerFigure cer={c.remainingCer} /> <span className="muted">({c.errors} errors in {c.lines} lines)</span></li>)}
            </ul>
          )}
        </>
      ) : (
        <ul className="work-list">
          {audits.map((a) => (
            <li key={a.id}>
              <Link href={`/audits/${a.id}`}>{a.collectionName}</Link>: <CerFigure cer={a.remainingCer} /> <span className="muted">({a.checked} of {a.sampleSize} lines checked)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
