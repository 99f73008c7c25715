"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { annotateEveryHit, undoAnnotationBatchAction } from "@/app/actions/annotation-batches";

interface Props {
  search: { query: string; mode: string; collectionId?: string; case?: string };
  tags: string[];
  entities: { id: string; name: string }[];
  /** An entity chosen already (the link from an entity's page). */
  entityId?: string;
  /** Documents with a hit. */
  documents: number;
}

/**
 * "Annotate every hit as <tag> → <entity>": one batch of annotations over every hit in the
 * corrected texts, with Undo for the whole batch.
 */
export function TagEveryHit({ search, tags, entities, entityId, documents }: Props) {
  const router = useRouter();
  const [tag, setTag] = useState(entityId ? "person" : tags[0] ?? "person");
  const [entity, setEntity] = useState(entityId ?? "");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ id: string; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await annotateEveryHit({
      query: search.query, mode: search.mode, collectionId: search.collectionId || undefined, case: search.case || undefined, tag, entityId: entity || undefined,
    });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setUndone(null);
    if (!r.id) {
      setDone(null);
      return setUndone(`Every hit (${r.skipped}) is annotated so already.`);
    }
    setDone({ id: r.id, message: `Annotated ${r.created} hit${r.created === 1 ? "" : "s"} in ${r.documents} document${r.documents === 1 ? "" : "s"}${r.skipped ? `; ${r.skipped} skipped (already annotated so)` : ""}.` });
    router.refresh();
  };
  const undo = async () => {
    if (!done) return;
    setBusy(true);
    const result = await undoAnnotationBatchAction(done.id);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setDone(null);
    setError(null);
    setUndone(`Removed the ${result.removed} annotations again.`);
    router.refresh();
  };
  return (
    <form className="tag-every-hit" onSubmit={run} aria-label="Annotate every hit">
      <span>Annotate every hit{documents > 1 ? ` in ${documents.toLocaleString("en")} documents` : ""} as</span>
      <select aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)}>
        {tags.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
      <span aria-hidden="true">→</span>
      <select aria-label="Entity" value={entity} onChange={(e) => setEntity(e.target.value)}>
        <option value="">no entity</option>
        {entities.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
      </select>
      <button className="button" type="submit" disabled={busy}>{busy ? "Annotating…" : "Annotate"}</button>
      {done && (
        <p className="notice notice--ok" role="status">
          {done.message} <button className="link-button" type="button" onClick={undo} disabled={busy}>Undo</button>
        </p>
      )}
      {undone && !done && <p className="notice notice--ok" role="status">{undone}</p>}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
    </form>
  );
}
