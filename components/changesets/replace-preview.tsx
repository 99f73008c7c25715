"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { ChangesetPreview } from "@/lib/data/changesets/changeset-shape";
import { previewChangeset, submitChangeset } from "@/app/actions/changesets";
import { TickedEdits } from "./ticked-edits";

export interface ReplaceQuery {
  query: string;
  mode: string;
  collectionId?: string;
  case?: string;
}

/**
 * Replace across documents: the replacement, a preview of every hit (document, line, before →
 * after) with a tick each, a message, and the submission as one changeset. Unticked hits are
 * sent as `exclude`; the changeset page then shows the work as it goes.
 */
export function ReplacePreview({ search, proposes }: { search: ReplaceQuery; proposes: boolean }) {
  const router = useRouter();
  const [replacement, setReplacement] = useState("");
  const [preview, setPreview] = useState<ChangesetPreview | null>(null);
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState<"preview" | "submit" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const body = { query: search.query, mode: search.mode, collectionId: search.collectionId || undefined, case: search.case || undefined, replacement };

  const runPreview = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy("preview");
    setError(null);
    const result = await previewChangeset(body);
    setBusy(null);
    if (!result.ok) return setError(result.message);
    const { ok: _ok, ...planned } = result;
    setPreview(planned as ChangesetPreview);
    setLeft(new Set());
  };
  const submit = async () => {
    setBusy("submit");
    setError(null);
    const created = await submitChangeset({ ...body, message: message || undefined, exclude: [...left] });
    if (!created.ok) {
      setError(created.message);
      return setBusy(null);
    }
    router.push(`/changesets/${created.id}`);
  };
  const kept = useMemo(() => (preview ? preview.hits - [...left].length : 0), [preview, left]);
  const keptDocuments = preview ? preview.documents.filter((d) => d.edits.some((e) => !left.has(e.hitId))).length : 0;

  return (
    <>
      <form className="card replace-form" onSubmit={runPreview}>
        <p className="replace-form__find">
          Find <q>{search.query}</q> <span className="muted">({search.mode === "fuzzy" ? "OCR-tolerant" : search.mode === "regex" ? "regular expression" : search.mode === "exact" ? "exact text" : "words"}, in the corrected text)</span>
        </p>
        <label htmlFor="replacement">Replace with</label>
        <div className="search">
          <input id="replacement" value={replacement} onChange={(e) => setReplacement(e.target.value)} placeholder={search.mode === "regex" ? "e.g. $2, $1" : "e.g. Generalov"} maxLength={1000} autoFocus />
          <button className="button" type="submit" disabled={busy !== null}>{busy === "preview" ? "Finding every hit…" : "Preview"}</button>
        </div>
        {search.mode === "regex" && <p className="muted search-hint">$1, $2… and $&lt;name&gt; insert what the expression&rsquo;s groups matched; $&amp; the whole match.</p>}
      </form>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {preview && (
        <section aria-label="Preview" className="replace-preview">
          <p className="coverage" role="status">
            {preview.hits === 0
              ? "Nothing would change: no hit, or every hit already reads so."
              : `${kept.toLocaleString("en")} of ${preview.hits.toLocaleString("en")} hits in ${keptDocuments.toLocaleString("en")} document${keptDocuments === 1 ? "" : "s"} will be replaced. Untick the ones to leave out.`}
          </p>
          {preview.stopped.length > 0 && (
            <p className="notice notice--warn">The expression was stopped on {preview.stopped.length} document(s) that took too long ({preview.stopped.slice(0, 3).join(", ")}): their hits are not listed and will not change.</p>
          )}
          <TickedEdits documents={preview.documents} left={left} onChange={setLeft} label={(e, title) => `Replace “${e.before}” with “${e.after}” in ${title}`} />
          {kept > 0 && (
            <div className="card replace-submit">
              <label htmlFor="changeset-message">Message</label>
              <input id="changeset-message" value={message} onChange={(e) => setMessage(e.target.value)} placeholder={`Replace “${search.query}” with “${replacement}” across documents`} maxLength={500} />
              <button className="button button--primary" type="button" onClick={submit} disabled={busy !== null}>
                {busy === "submit" ? "Submitting…" : proposes ? `Propose ${kept} replacement${kept === 1 ? "" : "s"} for review` : `Replace ${kept} hit${kept === 1 ? "" : "s"}`}
              </button>
              <p className="muted search-hint">
                {proposes
                  ? "Each document gets a proposal; a reviewer approves them together, per document or per hit."
                  : "Each document gets a revision of its own, with this message; the changeset can be undone."}
              </p>
            </div>
          )}
        </section>
      )}
    </>
  );
}
