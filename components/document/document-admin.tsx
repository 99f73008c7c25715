"use client";
import { useState } from "react";
import { bringBackDocument, editDocument, removeDocument } from "@/app/actions/documents";
import { useServerAction } from "@/components/ui/use-server-action";

interface Props {
  document: { id: string; title: string; sourceRef: string | null; collectionId: string };
  collections: { id: string; name: string }[];
  canDelete: boolean;
}

/** The document's details (title, source reference, collection) and, for admins, Delete. */
export function DocumentAdmin({ document: doc, collections, canDelete }: Props) {
  const [open, setOpen] = useState(false);
  const { run, pending, error, router } = useServerAction();
  return (
    <div className="doc-admin">
      <button type="button" className="button button--small" aria-expanded={open} onClick={() => setOpen(!open)}>
        Details…
      </button>
      {open && (
        <form
          className="card doc-admin__form"
          aria-label="Document details"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            run(
              () => editDocument(doc.id, { title: String(form.get("title")), sourceRef: String(form.get("sourceRef")), collectionId: String(form.get("collectionId")) }),
              () => setOpen(false),
            );
          }}
        >
          <label>Title <input name="title" defaultValue={doc.title} required maxLength={300} /></label>
          <label>Source reference <input name="sourceRef" defaultValue={doc.sourceRef ?? ""} maxLength={200} placeholder="e.g. CSDB-18851" /></label>
          <label>
            Collection{" "}
            <select name="collectionId" defaultValue={doc.collectionId}>
              {collections.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          {error && <p className="form-error" role="alert">{error}</p>}
          <div className="notice__actions">
            <button className="button button--primary" disabled={pending}>{pending ? "Saving…" : "Save details"}</button>
            <button type="button" className="button" onClick={() => setOpen(false)}>Cancel</button>
            {canDelete && (
              <button
                type="button"
                className="button button--danger"
                disabled={pending}
                onClick={() => {
                  if (confirm(`Delete “${doc.title}”? It disappears for everyone; an admin can restore it from Deleted documents for 30 days.`)) {
                    run(() => removeDocument(doc.id), () => router.push("/?deleted=1"));
                  }
                }}
              >
                Delete document
              </button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}

/** Restore, on the Deleted documents page. */
export function RestoreButton({ documentId, title }: { documentId: string; title: string }) {
  const { run, pending, error } = useServerAction();
  return (
    <>
      <button type="button" className="button button--small" disabled={pending} onClick={() => run(() => bringBackDocument(documentId))} aria-label={`Restore ${title}`}>
        {pending ? "Restoring…" : "Restore"}
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </>
  );
}
