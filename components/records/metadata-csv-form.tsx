"use client";
import { useState } from "react";
import { applyMetadataCsv, checkMetadataCsv } from "@/app/actions/records";
import { useServerAction } from "@/components/ui/use-server-action";
import type { MetadataImportReport } from "@/lib/data/records/metadata-import-shape";

/**
 * The collection's metadata as a spreadsheet: download it, edit it, upload it. An upload is
 * checked first, every row, and applied only whole and only without a problem.
 */
export function MetadataCsvForm({ collectionId, canEdit }: { collectionId: string; canEdit: boolean }) {
  const [text, setText] = useState<string | null>(null);
  const [report, setReport] = useState<MetadataImportReport | null>(null);
  const { run, pending, error } = useServerAction();
  return (
    <section className="card metadata-csv" aria-labelledby="csv-title">
      <h2 id="csv-title">Metadata as a spreadsheet</h2>
      <p>
        <a className="button" href={`/api/collections/${collectionId}/metadata`} download>Download CSV</a>{" "}
        <span className="muted">one row per document, one column per field; several values of a field are separated by “; ”.</span>
      </p>
      {canEdit && (
        <>
          <label>
            Upload an edited CSV{" "}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                const content = await file.text();
                setText(content);
                setReport(null);
                run(() => checkMetadataCsv(collectionId, content), (r) => setReport(r.report));
              }}
            />
          </label>
          <p className="muted">Rows are matched by id (or by source reference). A column left out leaves its field alone; an empty cell clears it.</p>
        </>
      )}
      {pending && <p role="status">Checking every row…</p>}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {report && (
        <div className="csv-report" role="status">
          <p>
            {report.applied ? `Applied: ${report.changed} document${report.changed === 1 ? "" : "s"} changed.` : `${report.rows} row${report.rows === 1 ? "" : "s"} read; ${report.changed} document${report.changed === 1 ? "" : "s"} would change.`}
          </p>
          {report.errors.length > 0 && (
            <>
              <p className="notice notice--error">{report.errors.length} problem{report.errors.length === 1 ? "" : "s"}: fix the file and upload it again. Nothing is changed while any remains.</p>
              <ul className="csv-report__errors">
                {report.errors.slice(0, 100).map((p, i) => <li key={i}>Line {p.line}{p.field ? `, ${p.field}` : ""}: {p.message}</li>)}
              </ul>
            </>
          )}
          {!report.applied && report.errors.length === 0 && report.changed > 0 && text && (
            <button type="button" className="button button--primary" disabled={pending} onClick={() => run(() => applyMetadataCsv(collectionId, text), (r) => setReport(r.report))}>
              Apply to {report.changed} document{report.changed === 1 ? "" : "s"}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
