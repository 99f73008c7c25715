"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveTagSet } from "@/app/actions/annotations";
import type { TagDefinition } from "./types";

/** Edits a collection's tags: key, label, colour and legend, one row each. */
export function TagSetEditor({ collectionId, initial }: { collectionId: string; initial: TagDefinition[] }) {
  const router = useRouter();
  const [tags, setTags] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const set = (i: number, patch: Partial<TagDefinition>) => setTags(tags.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <form
      className="card"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await saveTagSet(collectionId, { tags });
        setStatus(result.ok ? { ok: true, message: "Tag set saved." } : { ok: false, message: result.message });
        if (result.ok) router.refresh();
      }}
    >
      <table className="tag-table">
        <thead>
          <tr>
            <th scope="col">Colour</th>
            <th scope="col">Key</th>
            <th scope="col">Label</th>
            <th scope="col">Legend</th>
            <th scope="col"><span className="visually-hidden">Remove</span></th>
          </tr>
        </thead>
        <tbody>
          {tags.map((t, i) => (
            <tr key={i}>
              <td><input type="color" value={t.color} onChange={(e) => set(i, { color: e.target.value })} aria-label={`Colour of ${t.label || t.key}`} /></td>
              <td><input value={t.key} onChange={(e) => set(i, { key: e.target.value })} aria-label={`Key of ${t.label || "new tag"}`} size={14} /></td>
              <td><input value={t.label} onChange={(e) => set(i, { label: e.target.value })} aria-label={`Label of ${t.key || "new tag"}`} /></td>
              <td><input value={t.description} onChange={(e) => set(i, { description: e.target.value })} aria-label={`Legend of ${t.key || "new tag"}`} size={50} /></td>
              <td><button type="button" className="button button--small" onClick={() => setTags(tags.filter((_, j) => j !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="notice__actions">
        <button type="button" className="button" onClick={() => setTags([...tags, { key: "", label: "", color: "#4b5563", description: "" }])}>Add a tag</button>
        <button type="submit" className="button button--primary">Save tag set</button>
      </div>
      {status && <p className={status.ok ? "notice notice--ok" : "notice notice--error"} role={status.ok ? "status" : "alert"}>{status.message}</p>}
    </form>
  );
}
