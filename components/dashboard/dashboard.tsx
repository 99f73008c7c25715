import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CollectionMetrics, MetricSeries } from "@/lib/data/metrics/metrics-shape";
import { PlotChart, type ChartKind } from "./plot-chart";

const pct = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(1)} %`);

interface ChartProps {
  id: MetricSeries;
  title: string;
  what: string;
  kind: ChartKind;
  rows: Record<string, unknown>[];
  /** The table's columns: heading and how a row shows. */
  columns: [string, (row: Record<string, unknown>) => ReactNode][];
  empty: string;
  apiBase: string;
}

/** One chart with its text alternative (the same numbers as a table) and its data to download. */
function Chart({ id, title, what, kind, rows, columns, empty, apiBase }: ChartProps) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="muted">{what}</p>
      </figcaption>
      {rows.length === 0 ? (
        <p className="empty-chart">{empty}</p>
      ) : (
        <>
          <PlotChart kind={kind} data={rows} />
          <details>
            <summary>The numbers as a table</summary>
            <div className="table-scroll">
              <table className="doc-table">
                <thead>
                  <tr>{columns.map(([h]) => <th key={h} scope="col">{h}</th>)}</tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i}>{columns.map(([h, cell]) => <td key={h}>{cell(r)}</td>)}</tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <p className="chart__downloads">
        Download: <a href={`${apiBase}?series=${id}&format=csv`}>CSV</a> · <a href={`${apiBase}?series=${id}&format=json`}>JSON</a>
      </p>
    </figure>
  );
}

const col = (key: string, format: (v: unknown) => ReactNode = (v) => String(v)): [string, (r: Record<string, unknown>) => ReactNode] => [key, (r) => format(r[key])];

/** A collection's (or every collection's) dashboard: how far the correction has come, and what it took. */
export function Dashboard({ metrics, apiBase }: { metrics: CollectionMetrics; apiBase: string }) {
  const m = metrics;
  // Any document with corrections so far (its status aside); one whose changes were all undone has none.
  const worst = m.documents.filter((d) => (d.cer ?? 0) > 0).sort((a, b) => b.cer! - a.cer!).slice(0, 20);
  const counts = m.statusOverTime.at(-1);
  return (
    <>
      <section className="card dashboard-summary" aria-label="Summary">
        <p>
          <strong>{m.documents.length.toLocaleString("en")}</strong> document{m.documents.length === 1 ? "" : "s"}
          {counts && <>: {counts.approved.toLocaleString("en")} approved, {counts.corrected.toLocaleString("en")} corrected, {counts.in_progress.toLocaleString("en")} in progress, {counts.raw.toLocaleString("en")} raw OCR</>}.{" "}
          {m.corrected.meanCer !== null && <>The raw OCR of the {m.corrected.documents.toLocaleString("en")} marked corrected or approved needed a mean {pct(m.corrected.meanCer)} of its characters changed.</>}{" "}
          {m.waitingProposals.length > 0 && <>{m.waitingProposals.length} proposal{m.waitingProposals.length === 1 ? "" : "s"} waiting.</>}
        </p>
        <p className="chart__downloads">All the numbers: <a href={apiBase}>JSON</a></p>
      </section>
      <div className="dashboard-grid">
        <Chart id="statusOverTime" title="Documents by status over time" what="The burn-down: how many documents stood at each level at the end of each day." kind="status" rows={m.statusOverTime as never}
          columns={[col("date"), col("raw"), col("in_progress"), col("corrected"), col("approved")]} empty="No documents yet: import some." apiBase={apiBase} />
        <Chart id="correctionsPerDay" title="Corrections per day" what="Revisions saved or approved each day." kind="perDay" rows={m.correctionsPerDay}
          columns={[col("date"), col("count")]} empty="No corrections yet." apiBase={apiBase} />
        <Chart id="correctionsPerPerson" title="Corrections per person" what="Revisions credited to each person, and the characters they changed." kind="perPerson" rows={m.correctionsPerPerson as never}
          columns={[col("name"), col("revisions"), col("charactersChanged")]} empty="No corrections yet." apiBase={apiBase} />
        <Chart id="errorRateDistribution" title="How much correction the OCR needed" what="Documents marked corrected or approved, by the character error rate of their raw OCR against their accepted text (bins of 2 %; the last holds 40 % and over)." kind="distribution" rows={m.corrected.documents ? (m.errorRateDistribution as never) : []}
          columns={[["CER", (r) => `${pct(r.from as number)}–${pct(r.to as number)}`], col("count")]} empty="No corrected document yet." apiBase={apiBase} />
        <Chart id="errorRatesOverTime" title="Error rates over time" what="The mean character and word error rates of the corrected documents' raw OCR, as corrections came in." kind="ratesOverTime" rows={m.errorRatesOverTime as never}
          columns={[col("date"), col("cer", (v) => pct(v as number)), col("wer", (v) => pct(v as number)), col("documents")]} empty="No corrections yet." apiBase={apiBase} />
        <Chart id="confusions" title="The 50 most frequent learned confusions" what="Character misreadings the team corrected, raw → accepted, with how often." kind="confusions" rows={m.confusions as never}
          columns={[col("from"), col("to"), col("count")]} empty="Nothing learned yet: confusions come from accepted corrections." apiBase={apiBase} />
        <Chart id="waitingProposals" title="Age of waiting proposals" what="Proposals waiting for a reviewer, by how many days they have waited." kind="ages" rows={m.waitingProposals as never}
          columns={[["proposal", (r) => <Link href={`/proposals/${r.proposalId as string}`}>{r.title as string}</Link>], col("authorName"), col("ageDays")]} empty="No proposal is waiting." apiBase={apiBase} />
      </div>
      <section className="card" aria-labelledby="redactions-title">
        <h2 id="redactions-title">Redactions</h2>
        {m.redactions.total === 0 ? (
          <p className="muted">No redaction marked yet. Brackets such as “[name not declassified]” and stamps such as “25X1” are marked when a text is imported; mark others in the editor with the Redaction tag.</p>
        ) : (
          <>
            <p>{m.redactions.total} redaction{m.redactions.total === 1 ? "" : "s"} in {m.redactions.documents} document{m.redactions.documents === 1 ? "" : "s"}. <Link href={`/?redaction=any${m.collection ? `&collectionId=${m.collection.id}` : ""}`}>List them</Link>.</p>
            <div className="redaction-tables">
              <div className="table-scroll">
                <table className="doc-table">
                  <caption>By exemption code</caption>
                  <thead><tr><th scope="col">Code</th><th scope="col" className="num">Redactions</th><th scope="col" className="num">Documents</th></tr></thead>
                  <tbody>
                    {m.redactionsByCode.map((r) => (
                      <tr key={r.code}>
                        <td>{r.code === "no exemption cited" ? <span className="muted">{r.code}</span> : <Link href={`/?${new URLSearchParams({ redaction: r.code, ...(m.collection ? { collectionId: m.collection.id } : {}) })}`}>{r.code}</Link>}</td>
                        <td className="num">{r.count}</td>
                        <td className="num">{r.documents}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="table-scroll">
                <table className="doc-table">
                  <caption>By extent</caption>
                  <thead><tr><th scope="col">Extent</th><th scope="col" className="num">Redactions</th></tr></thead>
                  <tbody>{m.redactionsByExtent.map((r) => <tr key={r.extent}><td>{r.extent}</td><td className="num">{r.count}</td></tr>)}</tbody>
                </table>
              </div>
              <div className="table-scroll">
                <table className="doc-table">
                  <caption>Most redacted documents</caption>
                  <thead><tr><th scope="col">Document</th><th scope="col" className="num">Redactions</th></tr></thead>
                  <tbody>{m.redactionsByDocument.map((r) => <tr key={r.documentId}><td><Link href={`/documents/${r.documentId}`}>{r.title}</Link></td><td className="num">{r.count}</td></tr>)}</tbody>
                </table>
              </div>
            </div>
            <p className="chart__downloads">
              Download: <a href={`${apiBase}?series=redactionsByCode&format=csv`}>by code (CSV)</a> · <a href={`${apiBase}?series=redactionsByExtent&format=csv`}>by extent (CSV)</a>
            </p>
          </>
        )}
      </section>
      {worst.length > 0 && (
        <section className="card" aria-labelledby="worst-title">
          <h2 id="worst-title">The documents whose OCR needed most correction</h2>
          <div className="table-scroll">
            <table className="doc-table">
              <thead>
                <tr><th scope="col">Document</th><th scope="col">Status</th><th scope="col" className="num">CER</th><th scope="col" className="num">WER</th></tr>
              </thead>
              <tbody>
                {worst.map((d) => (
                  <tr key={d.documentId}>
                    <td><Link href={`/documents/${d.documentId}`}>{d.title}</Link></td>
                    <td><StatusBadge status={d.status} /></td>
                    <td className="num">{pct(d.cer)}</td>
                    <td className="num">{pct(d.wer)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="chart__downloads">Every document&rsquo;s rates: <a href={`${apiBase}?series=documents&format=csv`}>CSV</a> · <a href={`${apiBase}?series=documents&format=json`}>JSON</a></p>
        </section>
      )}
    </>
  );
}
