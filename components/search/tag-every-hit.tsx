"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/changesets/api-call";

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
    try {
      const r = await postJson<{ id: string | null; created: number; skipped: number; documents: number }>("/api/annotation-batches", {
        query: search.query, mode: search.mode, collectionId: search.collectionId || undefined, case: search.case || undefined, tag, entityId: entity || undefined,
      });
      setUndone(null);
      if (!r.id) {
        setDone(null);
        return setUndone(`Every hit (${r.skipped}) is annotated so already.`);
      }
      setDone({ id: r.id, message: `Annotated ${r.created} hit${r.created === 1 ? "" : "s"} in ${r.documents} document${r.documents === 1 ? "" : "s"}${r.skipped ? `; ${r.skipped} skipped (already annotated so)` : ""}.` });
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    if (!done) return;
    setBusy(true);
    const res = await fetch(`/api/annotation-batches/${done.id}`, { method: "DELETE" });
    const data = (await res.json().catch(() => null)) as { removed?: number; error?: { message?: string } } | null;
    setBusy(false);
    if (!res.ok) return setError(data?.error?.message ?? `The server answered ${res.status}`);
    setDone(null);
    setError(null);
    setUndone(`Removed the ${data?.removed ?? 0} annotations again.`);
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
