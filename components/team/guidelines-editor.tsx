"use client";
import { useState } from "react";
import { saveGuidelines } from "@/app/actions/guidelines";
import { Markdown } from "@/components/ui/markdown";
import { useServerAction } from "@/components/ui/use-server-action";

/** An admin edits the collection's guidelines in Markdown, with a preview of what everyone will read. */
export function GuidelinesEditor({ collectionId, markdown }: { collectionId: string; markdown: string }) {
  const [text, setText] = useState(markdown);
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="card guidelines-editor"
      aria-label="Edit the guidelines"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => saveGuidelines(collectionId, text), () => setSaved(true));
      }}
    >
      <label className="comment-form__label">
        Guidelines (Markdown)
        <textarea value={text} onChange={(e) => (setText(e.target.value), setSaved(false))} rows={14} maxLength={50_000} />
      </label>
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary" disabled={pending || text === markdown}>{pending ? "Saving…" : "Save the guidelines"}</button>
        <span role="status">{saved && !error ? "Saved." : ""}</span>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <h2 className="guidelines-editor__preview-title">Preview</h2>
      {text.trim() ? <Markdown source={text} /> : <p className="muted">Nothing yet.</p>}
    </form>
  );
}
