"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addCollection, importPasted, importUploadedFile } from "@/app/actions/import";
import { ENCODING_NAMES, type LegacyEncoding } from "@/lib/text/legacy-encoding";
import { CollectionPicker } from "./collection-picker";
import { PageUpload } from "./page-upload";

interface Outcome {
  file: string;
  ok: boolean;
  id?: string;
  title?: string;
  message?: string;
  /** A file that is not UTF-8 but reads as this encoding: offered to import converted. */
  suggestedEncoding?: LegacyEncoding;
  upload?: File;
}

/** Paste or upload OCR; uploads go one file per request so progress and errors are per file. */
export function ImportPanel({ collections, canCreateCollections, ocrLanguages }: { collections: { id: string; name: string }[]; canCreateCollections: boolean; ocrLanguages: { code: string; name: string }[] }) {
  const router = useRouter();
  const [collectionId, setCollectionId] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [paste, setPaste] = useState({ title: "", sourceRef: "", text: "" });
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function uploadOne(file: File, encoding?: LegacyEncoding): Promise<Outcome> {
    const form = new FormData();
    form.set("file", file);
    if (collectionId) form.set("collectionId", collectionId);
    if (encoding) form.set("encoding", encoding);
    const result = await importUploadedFile(form).catch((e: unknown) => ({ ok: false as const, code: "network", message: String(e) }));
    if (result.ok) return { file: file.name, ok: true, id: result.id, title: result.title };
    const suggested = "suggestedEncoding" in result ? (result.suggestedEncoding as LegacyEncoding) : undefined;
    return { file: file.name, ok: false, message: result.message, suggestedEncoding: suggested, upload: file };
  }

  /** Imports a refused file again, converted from the encoding it was found to read as. */
  async function convert(index: number) {
    const o = outcomes[index];
    if (!o.upload || !o.suggestedEncoding) return;
    setBusy(true);
    const again = await uploadOne(o.upload, o.suggestedEncoding);
    setOutcomes((all) => all.map((x, i) => (i === index ? again : x)));
    setBusy(false);
    router.refresh();
  }

  async function uploadAll() {
    setBusy(true);
    setOutcomes([]);
    const results: Outcome[] = [];
    setProgress({ done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      results.push(await uploadOne(file));
      setOutcomes([...results]);
      setProgress({ done: i + 1, total: files.length });
    }
    setBusy(false);
    setFiles([]);
    router.refresh();
  }

  async function importText() {
    setBusy(true);
    const result = await importPasted({ ...paste, collectionId: collectionId || undefined });
    setBusy(false);
    if (!result.ok) return setPasteError(result.message);
    router.push(`/documents/${result.id}`);
  }

  const succeeded = outcomes.filter((o) => o.ok).length;
  return (
    <div className="import-grid">
      <CollectionPicker
        collections={collections}
        value={collectionId}
        onChange={setCollectionId}
        onCreate={
          canCreateCollections
            ? async (name) => {
                const result = await addCollection(name);
                if (!result.ok) return result.message;
                setCollectionId(result.id);
                router.refresh();
                return null;
              }
            : undefined
        }
      />

      <section className="card" aria-labelledby="upload-title">
        <h2 id="upload-title">Upload files</h2>
        <label
          className="dropzone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            setFiles([...e.dataTransfer.files]);
          }}
        >
          <input
            type="file"
            accept=".txt,text/plain"
            multiple
            aria-label="Choose .txt files"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          <span>{files.length ? `${files.length} file${files.length > 1 ? "s" : ""} chosen` : "Drop .txt files here, or click to choose"}</span>
        </label>
        <button type="button" className="button button--primary" disabled={busy || files.length === 0} onClick={uploadAll}>
          Import {files.length || ""} file{files.length === 1 ? "" : "s"}
        </button>
        {progress && (
          <div className="progress" role="status" aria-live="polite">
            <progress max={progress.total} value={progress.done} aria-label="Import progress" />
            <span>
              {progress.done} of {progress.total} processed
              {progress.done === progress.total && ` — ${succeeded} imported, ${progress.total - succeeded} refused`}
            </span>
          </div>
        )}
        {outcomes.length > 0 && (
          <ul className="outcomes">
            {outcomes.map((o, i) => (
              <li key={i} className={o.ok ? "outcome outcome--ok" : "outcome outcome--error"}>
                {o.ok ? (
                  <>✓ <Link href={`/documents/${o.id}`}>{o.title}</Link> <span className="muted">({o.file})</span></>
                ) : (
                  <>
                    ✗ <strong>{o.file}</strong>: {o.message}
                    {o.suggestedEncoding && (
                      <>
                        {" "}
                        <button type="button" className="button button--small" disabled={busy} onClick={() => void convert(i)}>
                          Convert from {ENCODING_NAMES[o.suggestedEncoding]} and import
                        </button>
                      </>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <PageUpload collectionId={collectionId} ocrLanguages={ocrLanguages} />

      <section className="card" aria-labelledby="paste-title">
        <h2 id="paste-title">Paste text</h2>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void importText();
          }}
        >
          <label>
            Title <span className="muted">(optional: the first line otherwise)</span>
            <input value={paste.title} onChange={(e) => setPaste({ ...paste, title: e.target.value })} maxLength={300} />
          </label>
          <label>
            Source reference <span className="muted">(optional, e.g. CSDB-18851)</span>
            <input value={paste.sourceRef} onChange={(e) => setPaste({ ...paste, sourceRef: e.target.value })} maxLength={200} />
          </label>
          <label>
            OCR text
            <textarea value={paste.text} onChange={(e) => setPaste({ ...paste, text: e.target.value })} rows={10} required />
          </label>
          <button type="submit" className="button button--primary" disabled={busy || paste.text.trim() === ""}>
            Import text
          </button>
          {pasteError && <p className="form-error" role="alert">{pasteError}</p>}
        </form>
      </section>
    </div>
  );
}
