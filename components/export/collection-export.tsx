"use client";
import { useState } from "react";
import type { ExportFormat } from "@/lib/export/formats";
import { FORMAT_DESCRIPTIONS } from "./format-list";

/** A zip's local file header: one per file, so counting them counts the documents received. */
const FILE_HEADER = [0x50, 0x4b, 0x03, 0x04];

function countHeaders(chunk: Uint8Array, tail: number[]): number {
  // `tail` carries the last three bytes of the previous chunk, so a header split across chunks counts.
  const bytes = [...tail, ...chunk];
  let n = 0;
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === FILE_HEADER[0] && bytes[i + 1] === FILE_HEADER[1] && bytes[i + 2] === FILE_HEADER[2] && bytes[i + 3] === FILE_HEADER[3]) n++;
  }
  tail.splice(0, tail.length, ...bytes.slice(-3));
  return n;
}

/**
 * Downloads a collection as a zip with progress: the server streams one document at a time, and
 * the page counts them as they arrive, then hands the file to the browser.
 */
export function CollectionExport({ collectionId, documentCount }: { collectionId: string; documentCount: number }) {
  const [format, setFormat] = useState<ExportFormat>("tei");
  const [diplomatic, setDiplomatic] = useState(false);
  const [progress, setProgress] = useState<{ files: number; bytes: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setError(null);
    setProgress({ files: 0, bytes: 0 });
    const query = new URLSearchParams({ format, ...(diplomatic ? { variant: "diplomatic" } : {}) });
    const res = await fetch(`/api/collections/${collectionId}/export?${query}`);
    if (!res.ok || !res.body) {
      setProgress(null);
      setError(((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? `The export failed (${res.status})`);
      return;
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "collection.zip";
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    const tail: number[] = [];
    let files = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      files += countHeaders(value, tail);
      bytes += value.length;
      setProgress({ files, bytes });
    }
    const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: "application/zip" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setProgress(null);
  };

  const busy = progress !== null;
  const done = progress ? Math.min(progress.files, documentCount) : 0;
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Export the collection</h2>
      <div className="export-form">
        <label>
          Format{" "}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={busy}>
            {(Object.keys(FORMAT_DESCRIPTIONS) as ExportFormat[]).map((f) => (
              <option key={f} value={f}>{FORMAT_DESCRIPTIONS[f].label}</option>
            ))}
          </select>
        </label>
        {FORMAT_DESCRIPTIONS[format].diplomatic && (
          <label>
            <input type="checkbox" checked={diplomatic} onChange={(e) => setDiplomatic(e.target.checked)} disabled={busy} /> Diplomatic (the raw OCR)
          </label>
        )}
        <button type="button" className="button button--primary" onClick={() => void download()} disabled={busy || documentCount === 0}>
          {busy ? "Exporting…" : `Download ${documentCount} document${documentCount === 1 ? "" : "s"} as a zip`}
        </button>
      </div>
      <p className="muted">
        {FORMAT_DESCRIPTIONS[format].help} The zip holds one file per document and an index.json
        {FORMAT_DESCRIPTIONS[format].boxes ? "; documents without page images are left out, and index.json says so." : "."}
      </p>
      {progress && (
        <div className="progress" role="status" aria-live="polite">
          <progress max={documentCount} value={done} aria-label="Documents exported" />
          <span>
            {done} of {documentCount} documents · {(progress.bytes / 1024).toFixed(0)} KB
          </span>
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
