"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addEntity } from "@/app/actions/annotations";
import { ENTITY_TYPES, type EntityType } from "@/lib/annotations/entity-types";

/** Creates a registry entry: type, canonical name, variant spellings (one per line), notes, external id. */
export function EntityForm() {
  const router = useRouter();
  const empty = { type: "person" as EntityType, name: "", variants: "", notes: "", externalId: "" };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await addEntity({ ...form, variants: form.variants.split("\n"), externalId: form.externalId || null });
        if (!result.ok) return setError(result.message);
        setError(null);
        setForm(empty);
        router.push(`/entities/${result.id}`);
      }}
    >
      <label>
        Type
        <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as EntityType })}>
          {ENTITY_TYPES.map((t) => <option key={t}>{t}</option>)}
        </select>
      </label>
      <label>
        Canonical name
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required placeholder="Nikolay Ivanovich Generalov" />
      </label>
      <label>
        Variant spellings <span className="muted">(one per line, OCR misreadings too)</span>
        <textarea rows={3} value={form.variants} onChange={(e) => setForm({ ...form, variants: e.target.value })} placeholder={"Genserslov\nN. I. Generalov"} />
      </label>
      <label>
        External id <span className="muted">(e.g. a Wikidata QID)</span>
        <input value={form.externalId} onChange={(e) => setForm({ ...form, externalId: e.target.value })} placeholder="Q…" />
      </label>
      <label>
        Notes
        <textarea rows={2} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />
      </label>
      <button className="button button--primary" type="submit">Add entity</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
