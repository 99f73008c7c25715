"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { importPageFiles } from "@/app/actions/import";

type Outcome = { items: { id: string; title: string }[]; errors: { file: string; message: string }[]; jobs: { id: string; title: string; pages: number }[] };

/** Page images with their hOCR, ALTO or PAGE XML, sent together so that each layer finds its image. */
export function PageUpload({ collectionId, ocrLanguages }: { collectionId: string; ocrLanguages: { code: string; name: string }[] }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [title, setTitle] = useState("");
  const [each, setEach] = useState(false);
  const [language, setLanguage] = useState(ocrLanguages[0]?.code ?? "eng");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const images = files.filter((f) => /\.(png|jpe?g|tiff?|webp|pdf)$/i.test(f.name)).length;

  async function upload() {
    setBusy(true);
    setError(null);
    setOutcome(null);
    const form = new FormData();
    for (const f of files) form.append("file", f);
    if (collectionId) form.set("collectionId", collectionId);
    if (title.trim()) form.set("title", title.trim());
    form.set("documents", each ? "each" : "one");
    form.set("language", language);
    const result = await importPageFiles(form).catch((e: unknown) => ({ ok: false as const, message: String(e) }));
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setOutcome(result);
    if (result.items.length > 0) setFiles([]);
    router.refresh();
  }

  return (
    <section className="card" aria-labelledby="pages-title">
      <h2 id="pages-title">Upload page images</h2>
      <p className="muted">
        PNG, JPEG, TIFF or WebP pages, each with its OCR layer (hOCR, ALTO or PAGE XML) if you have one. A layer finds its
        image by the file name it gives or by having the same name (<code>page-1.png</code> and <code>page-1.xml</code>).
        A PDF is a document of its own: its text layer gives the words, or, for a scan, the server reads it. Pages without
        a layer are read on the server with Tesseract, in the background.
      </p>
      <label className="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={(e) => {
        e.preventDefault();
        setFiles([...e.dataTransfer.files]);
      }}>
        <input
          type="file"
          accept="image/png,image/jpeg,image/tiff,image/webp,application/pdf,.xml,.hocr,.html"
          multiple
          aria-label="Choose page images and their OCR layers"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <span>{files.length ? `${images} image${images === 1 ? "" : "s"} or PDF${images === 1 ? "" : "s"} and ${files.length - images} layer${files.length - images === 1 ? "" : "s"} chosen` : "Drop page images and their layers here, or click to choose"}</span>
      </label>
      <div className="stack">
      <fieldset className="choice-row">
        <legend>Make</legend>
        <label><input type="radio" name="page-documents" checked={!each} onChange={() => setEach(false)} /> one document of all the pages</label>
        <label><input type="radio" name="page-documents" checked={each} onChange={() => setEach(true)} /> one document per image</label>
      </fieldset>
      {!each && (
        <label>
          Name of the document <span className="muted">(optional: the first image's name otherwise)</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
        </label>
      )}
      <label>
        Language of pages without a layer{" "}
        <select value={language} onChange={(e) => setLanguage(e.target.value)}>
          {ocrLanguages.map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
        </select>
      </label>
      <button type="button" className="button button--primary" disabled={busy || images === 0} onClick={() => void upload()}>
        {busy ? "Reading the pages…" : "Import pages"}
      </button>
      </div>
      {busy && <p role="status" className="muted">Checking each image and layer; nothing is stored until all of a document's files are good.</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
      {outcome && (
        <ul className="outcomes" aria-label="Page import results">
          {outcome.items.map((d) => (
            <li key={d.id} className="outcome outcome--ok">✓ <Link href={`/documents/${d.id}`}>{d.title}</Link></li>
          ))}
          {outcome.jobs.map((j) => (
            <li key={j.id} className="outcome outcome--ok">
              ⏳ <Link href={`/ocr-jobs/${j.id}`}>Reading {j.pages} page{j.pages === 1 ? "" : "s"} of “{j.title}”</Link> on the server: follow its progress
            </li>
          ))}
          {outcome.errors.map((e, i) => (
            <li key={i} className="outcome outcome--error">✗ <strong>{e.file}</strong>: {e.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
