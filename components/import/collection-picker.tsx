"use client";
import { useState } from "react";

interface Props {
  collections: { id: string; name: string }[];
  value: string;
  onChange(id: string): void;
  /** Creates a collection; answers an error message or null. Absent for those who may not (admins only). */
  onCreate?: (name: string) => Promise<string | null>;
}

/** Chooses the collection imports go into, or creates one. */
export function CollectionPicker({ collections, value, onChange, onCreate }: Props) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="collection-picker">
      <label>
        Collection{" "}
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Default</option>
          {collections.filter((c) => c.name !== "Default").map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
      </label>
      {!onCreate ? null : adding ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const problem = await onCreate(name);
            setError(problem);
            if (!problem) {
              setAdding(false);
              setName("");
            }
          }}
        >
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. CIA reports 1954" aria-label="New collection name" required />
          <button className="button" type="submit">Create</button>
          {error && <span className="form-error" role="alert">{error}</span>}
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>New collection…</button>
      )}
    </div>
  );
}
