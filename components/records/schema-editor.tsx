"use client";
import { useState } from "react";
import { saveMetadataSchema } from "@/app/actions/records";
import { useServerAction } from "@/components/ui/use-server-action";
import { FIELD_TYPE_LABELS, FIELD_TYPES, type FieldType, type MetadataField } from "@/lib/records/metadata-schema";

const LISTED: FieldType[] = ["choice", "choices"];

/**
 * The collection's metadata schema, field by field (name, label, type, the list a choice offers,
 * help), and its exemption codes, saved together. The server refuses, by field, a change that
 * would reinterpret values documents hold.
 */
export function SchemaEditor({ collectionId, initial, codes: initialCodes }: { collectionId: string; initial: MetadataField[]; codes: string[] }) {
  const [fields, setFields] = useState(initial);
  const [codes, setCodes] = useState(initialCodes.join("\n"));
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  const set = (i: number, patch: Partial<MetadataField>) => {
    setSaved(false);
    setFields(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  };
  const move = (i: number, by: number) => {
    const next = [...fields];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setFields(next);
  };
  return (
    <form
      className="card schema-editor"
      aria-labelledby="schema-title"
      onSubmit={(e) => {
        e.preventDefault();
        const clean = fields.map((f) => ({ ...f, ...(LISTED.includes(f.type) ? {} : { values: undefined }), help: f.help?.trim() || undefined }));
        run(() => saveMetadataSchema(collectionId, { fields: clean, exemptionCodes: codes.split("\n").map((c) => c.trim()).filter(Boolean) }), () => setSaved(true));
      }}
    >
      <h2 id="schema-title">Metadata schema</h2>
      <p className="muted">The fields each document’s record has. A field that documents hold values of keeps its type and its values: remove them from the documents first.</p>
      <ol className="schema-fields">
        {fields.map((f, i) => (
          <li key={i} className="schema-field">
            <fieldset>
              <legend>{f.label || f.name || "New field"}</legend>
              <label>Name <input value={f.name} onChange={(e) => set(i, { name: e.target.value })} pattern="[a-z][A-Za-z0-9]{0,39}" required /></label>
              <label>Label <input value={f.label} onChange={(e) => set(i, { label: e.target.value })} required /></label>
              <label>
                Type
                <select value={f.type} onChange={(e) => set(i, { type: e.target.value as FieldType, ...(LISTED.includes(e.target.value as FieldType) && !f.values ? { values: [] } : {}) })}>
                  {FIELD_TYPES.map((t) => <option key={t} value={t}>{FIELD_TYPE_LABELS[t]}</option>)}
                </select>
              </label>
              {LISTED.includes(f.type) && (
                <label className="schema-field__wide">
                  Values <span className="muted">(one per line)</span>
                  <textarea rows={3} value={(f.values ?? []).join("\n")} onChange={(e) => set(i, { values: e.target.value.split("\n") })} onBlur={() => set(i, { values: (f.values ?? []).map((v) => v.trim()).filter(Boolean) })} />
                </label>
              )}
              <label className="schema-field__wide">Help <input value={f.help ?? ""} onChange={(e) => set(i, { help: e.target.value })} /></label>
              {f.type === "text" && <label className="schema-field__check"><input type="checkbox" checked={!!f.multiline} onChange={(e) => set(i, { multiline: e.target.checked || undefined })} /> Several lines</label>}
              <div className="schema-field__actions">
                <button type="button" className="button button--small" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${f.label || "field"} up`}>↑</button>
                <button type="button" className="button button--small" onClick={() => move(i, 1)} disabled={i === fields.length - 1} aria-label={`Move ${f.label || "field"} down`}>↓</button>
                <button type="button" className="button button--small" onClick={() => setFields(fields.filter((_, j) => j !== i))}>Remove {f.label || "field"}</button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => setFields([...fields, { name: "", label: "", type: "text" }])}>Add a field</button>
      <label className="schema-codes">
        Exemption codes <span className="muted">(one per line; the codes redactions cite)</span>
        <textarea rows={6} value={codes} onChange={(e) => setCodes(e.target.value)} />
      </label>
      <div className="notice__actions">
        <button type="submit" className="button button--primary" disabled={pending}>{pending ? "Saving…" : "Save schema"}</button>
      </div>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {saved && !error && <p className="notice notice--ok" role="status">Schema saved.</p>}
    </form>
  );
}
