"use client";
import { strFromU8, unzipSync } from "fflate";
import { useRef, useState } from "react";
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
  const [outcome, setOutcome] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const download = async () => {
    setError(null);
    setOutcome(null);
    setProgress({ files: 0, bytes: 0 });
    abort.current = new AbortController();
    const query = new URLSearchParams({ format, ...(diplomatic ? { variant: "diplomatic" } : {}) });
    try {
      const res = await fetch(`/api/collections/${collectionId}/export?${query}`, { signal: abort.current.signal });
      if (!res.ok || !res.body) {
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
      const blob = new Blob(chunks as BlobPart[], { type: "application/zip" });
      setOutcome(summarise(new Uint8Array(await blob.arrayBuffer())));
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      if (abort.current?.signal.aborted) setOutcome("Export cancelled: nothing was downloaded.");
      else setError(`The export stopped: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      abort.current = null;
      setProgress(null);
    }
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
        {busy && <button type="button" className="button" onClick={() => abort.current?.abort()}>Cancel</button>}
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
      {outcome && <p role="status">{outcome}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}

/** What the zip holds, from its index.json: the files written, and the documents left out and why. */
function summarise(zip: Uint8Array): string {
  const entry = unzipSync(zip, { filter: (f) => f.name === "index.json" })["index.json"];
  if (!entry) return "Downloaded.";
  const { documents } = JSON.parse(strFromU8(entry)) as { documents: { title: string; file: string | null; skipped?: string }[] };
  const left = documents.filter((d) => !d.file);
  const written = `Downloaded ${documents.length - left.length} of ${documents.length} document${documents.length === 1 ? "" : "s"}`;
  if (!left.length) return `${written}.`;
  const reasons = [...new Set(left.map((d) => d.skipped ?? "left out"))];
  return `${written}; ${left.length} left out (${reasons.join("; ")}): see index.json in the zip.`;
}
