"use client";
import { relateDocument, supplyFromOtherRelease, unrelateDocument } from "@/app/actions/releases";
import { useServerAction } from "@/components/ui/use-server-action";
import { RELATION_LABELS, RELATIONS } from "@/lib/records/relations";

/** Relates a found document to this one, with the relation chosen. */
export function RelateForm({ documentId, otherId, title }: { documentId: string; otherId: string; title: string }) {
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="relate-form"
      aria-label={`Relate “${title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        const relation = String(new FormData(e.currentTarget).get("relation"));
        run(() => relateDocument(documentId, otherId, relation));
      }}
    >
      <select name="relation" defaultValue="release-of" aria-label={`How “${title}” is related`}>
        {RELATIONS.map((r) => <option key={r} value={r}>{RELATION_LABELS[r]}</option>)}
      </select>
      <button className="button button--small" type="submit" disabled={pending}>{pending ? "Relating…" : "Relate"}</button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </form>
  );
}

export function UnrelateButton({ documentId, relationId, title }: { documentId: string; relationId: string; title: string }) {
  const { run, pending, error } = useServerAction();
  return (
    <>
      <button type="button" className="link-button" disabled={pending} aria-label={`Remove the relation to “${title}”`} onClick={() => run(() => unrelateDocument(documentId, relationId))}>
        Remove
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </>
  );
}

/** Fills a span this release withholds with the other release's words, as an annotation. */
export function SupplyButton({ documentId, otherId, start, end, words }: { documentId: string; otherId: string; start: number; end: number; words: string }) {
  const { run, pending, error } = useServerAction();
  return (
    <>
      <button type="button" className="button button--small" disabled={pending} aria-label={`Fill from the other release: “${words.slice(0, 60)}”`} onClick={() => run(() => supplyFromOtherRelease(documentId, otherId, { start, end }))}>
        {pending ? "Filling…" : "Fill from the other release"}
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </>
  );
}
