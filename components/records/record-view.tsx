"use client";
import Link from "next/link";
import { useState } from "react";
import { saveDocumentMetadata } from "@/app/actions/records";
import { useServerAction } from "@/components/ui/use-server-action";
import { describeEdtf } from "@/lib/records/edtf";
import type { FieldValue, MetadataField, MetadataSchema, MetadataValues } from "@/lib/records/metadata-schema";
import type { MetadataSuggestion } from "@/lib/records/suggest-metadata";

interface Props {
  documentId: string;
  schema: MetadataSchema;
  values: MetadataValues;
  suggestions: (MetadataSuggestion & { notInEntities?: true })[];
  /** The registry's names, offered by person and organisation fields. */
  entityNames: string[];
  canEdit: boolean;
}

/** The document as a record: its metadata fields, a form to edit them, and what its header says. */
export function RecordView({ documentId, schema, values, suggestions, entityNames, canEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const { run, pending, error } = useServerAction();
  const save = (metadata: Record<string, FieldValue>, then?: () => void) => run(() => saveDocumentMetadata(documentId, metadata), then);
  const empty = schema.fields.every((f) => values[f.name] === undefined);
  const acceptable = suggestions.filter((s) => !s.notInEntities);
  const label = (name: string) => schema.fields.find((f) => f.name === name)?.label ?? name;
  return (
    <div className="record">
      <section className="card record__card" aria-labelledby="record-heading">
        <div className="record__head">
          <h2 id="record-heading">Record</h2>
          {canEdit && !editing && <button type="button" className="button" onClick={() => setEditing(true)}>Edit record</button>}
        </div>
        {editing ? (
          <form
            className="record__form"
            aria-label="Edit the record"
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              const metadata = Object.fromEntries(schema.fields.map((f) => [f.name, f.type === "choices" ? form.getAll(f.name).map(String) : String(form.get(f.name) ?? "")]));
              save(metadata, () => setEditing(false));
            }}
          >
            {schema.fields.map((f) => <FieldInput key={f.name} field={f} value={values[f.name]} entityNames={entityNames} />)}
            <datalist id="record-entities">{entityNames.map((n) => <option key={n} value={n} />)}</datalist>
            {error && <p className="form-error" role="alert">{error}</p>}
            <div className="notice__actions">
              <button className="button button--primary" disabled={pending}>{pending ? "Saving…" : "Save record"}</button>
              <button type="button" className="button" onClick={() => setEditing(false)}>Cancel</button>
            </div>
          </form>
        ) : empty ? (
          <p className="muted">
            Nothing is recorded about this document yet.{" "}
            {canEdit ? "Edit the record to give its date, classification, originator and the rest, or accept what its header says below." : "A reviewer or an admin records its date, classification and originator."}
          </p>
        ) : (
          <dl className="record__fields">
            {schema.fields.filter((f) => values[f.name] !== undefined).map((f) => (
              <div key={f.name}>
                <dt>{f.label}</dt>
                <dd>{shown(f, values[f.name]!)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {canEdit && !editing && suggestions.length > 0 && (
        <section className="card record__card" aria-labelledby="suggested-heading">
          <div className="record__head">
            <h2 id="suggested-heading">What the header says</h2>
            {acceptable.length > 1 && (
              <button type="button" className="button" disabled={pending} onClick={() => save(Object.fromEntries(acceptable.map((s) => [s.field, s.value])))}>
                Accept all
              </button>
            )}
          </div>
          <ul className="record__suggestions">
            {suggestions.map((s) => (
              <li key={s.field}>
                <span><strong>{label(s.field)}</strong>: {[s.value].flat().join(", ")}</span>
                <span className="muted"> from “{s.evidence.text}”</span>
                {s.notInEntities ? (
                  <span className="record__note">not in <Link href="/entities">Entities</Link>: add it there to record it</span>
                ) : (
                  <button type="button" className="button button--small" disabled={pending} onClick={() => save({ [s.field]: s.value })} aria-label={`Accept ${label(s.field)}: ${[s.value].flat().join(", ")}`}>
                    Accept
                  </button>
                )}
              </li>
            ))}
          </ul>
          {error && <p className="form-error" role="alert">{error}</p>}
        </section>
      )}
    </div>
  );
}

function shown(field: MetadataField, value: FieldValue): string {
  if (field.type === "date") return `${describeEdtf(value as string)} (${value as string})`;
  return [value].flat().join(", ");
}

function FieldInput({ field, value, entityNames }: { field: MetadataField; value: FieldValue | undefined; entityNames: string[] }) {
  const help = field.help ? <span className="record__help">{field.help}</span> : null;
  if (field.type === "choices") {
    const chosen = new Set([value ?? []].flat());
    return (
      <fieldset className="record__choices">
        <legend>{field.label}</legend>
        {field.values!.map((v) => (
          <label key={v}><input type="checkbox" name={field.name} value={v} defaultChecked={chosen.has(v)} /> {v}</label>
        ))}
        {help}
      </fieldset>
    );
  }
  if (field.type === "choice") {
    return (
      <label>
        {field.label}
        <select name={field.name} defaultValue={(value as string | undefined) ?? ""}>
          <option value="">(none)</option>
          {field.values!.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
        {help}
      </label>
    );
  }
  const text = [value ?? ""].flat().join("; ");
  return (
    <label>
      {field.label}
      {field.multiline ? (
        <textarea name={field.name} defaultValue={text} rows={3} />
      ) : (
        <input
          name={field.name}
          defaultValue={text}
          list={field.type === "entity" && entityNames.length ? "record-entities" : undefined}
          placeholder={field.type === "date" ? "1954-03-30, 1954-03, 1953/1954" : field.type === "identifier" ? "separate several with ;" : undefined}
        />
      )}
      {help}
    </label>
  );
}
