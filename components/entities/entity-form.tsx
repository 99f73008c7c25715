"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addEntity, editEntity } from "@/app/actions/annotations";
import { ENTITY_TYPES, type EntityType } from "@/lib/annotations/entity-types";

interface Existing {
  id: string;
  type: EntityType;
  name: string;
  variants: string[];
  notes: string;
  externalId: string | null;
}

/**
 * Creates a registry entry, or edits `entity`: type, canonical name, variant spellings (one per
 * line), notes, external id.
 */
export function EntityForm({ entity }: { entity?: Existing }) {
  const router = useRouter();
  const empty = { type: "person" as EntityType, name: "", variants: "", notes: "", externalId: "" };
  const initial = entity ? { ...entity, variants: entity.variants.join("\n"), externalId: entity.externalId ?? "" } : empty;
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        const input = { type: form.type, name: form.name, notes: form.notes, variants: form.variants.split("\n"), externalId: form.externalId || null };
        const result = entity ? await editEntity(entity.id, input) : await addEntity(input);
        if (!result.ok) return setError(result.message);
        setError(null);
        if (entity) {
          setSaved(true);
          router.refresh();
        } else {
          setForm(empty);
          router.push(`/entities/${result.id}`);
        }
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
      <button className="button button--primary" type="submit">{entity ? "Save changes" : "Add entity"}</button>
      {saved && <p className="notice notice--ok" role="status">Saved.</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
