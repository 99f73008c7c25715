"use client";
import { useState } from "react";
import { annotate } from "@/app/actions/annotations";
import { ENTITY_TYPES } from "@/lib/annotations/entity-types";
import type { EntityOption, TagDefinition } from "./types";
import { EMPTY_REDACTION, RedactionFields, redactionInput } from "./redaction-fields";

interface Props {
  documentId: string;
  range: { start: number; end: number; quote: string; tag?: string; box?: { pageId: string; x: number; y: number; w: number; h: number } };
  tags: readonly TagDefinition[];
  exemptionCodes: readonly string[];
  entities: readonly EntityOption[];
  onDone(message: string | null): void;
}

const NEW_ENTITY = "__new__";
/** Tags whose annotations usually name an entity of the same type. */
const ENTITY_TYPE_OF_TAG: Record<string, string> = { person: "person", place: "place", organization: "organization" };

/** The small form that annotates the selected text: tag, optional comment and entity. */
export function AnnotateForm({ documentId, range, tags, exemptionCodes, entities, onDone }: Props) {
  const [redaction, setRedaction] = useState(EMPTY_REDACTION);
  const [tag, setTag] = useState(range.tag && tags.some((t) => t.key === range.tag) ? range.tag : (tags[0]?.key ?? ""));
  const [body, setBody] = useState("");
  const [entity, setEntity] = useState("");
  const [newName, setNewName] = useState(range.quote.trim());
  const [newType, setNewType] = useState<string>("person");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const legend = tags.find((t) => t.key === tag)?.description;

  return (
    <form
      className="annotate-form"
      aria-label="Annotate the selection"
      onKeyDown={(e) => e.key === "Escape" && onDone(null)}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await annotate(documentId, {
          start: range.start,
          end: range.end,
          tag,
          body: body || null,
          entityId: entity && entity !== NEW_ENTITY ? entity : null,
          ...(tag === "redaction" ? redactionInput(redaction) : {}),
          ...(range.box ? { box: range.box } : {}),
          ...(entity === NEW_ENTITY ? { newEntity: { type: newType as (typeof ENTITY_TYPES)[number], name: newName, variants: [range.quote.trim()] } } : {}),
        });
        setBusy(false);
        if (!result.ok) return setError(result.message);
        onDone(`Annotated “${range.quote.slice(0, 40)}” as ${tags.find((t) => t.key === tag)?.label ?? tag}.`);
      }}
    >
      <p className="annotate-form__quote">“{range.quote.length > 80 ? range.quote.slice(0, 80) + "…" : range.quote}”</p>
      <fieldset className="tag-picker">
        <legend>Tag</legend>
        {tags.map((t, i) => (
          <label key={t.key} className="tag-choice" style={{ "--anno": t.color } as React.CSSProperties}>
            <input
              type="radio"
              name="tag"
              value={t.key}
              checked={tag === t.key}
              autoFocus={range.tag ? t.key === tag : i === 0}
              onChange={() => {
                setTag(t.key);
                if (ENTITY_TYPE_OF_TAG[t.key]) setNewType(ENTITY_TYPE_OF_TAG[t.key]);
              }}
            />
            <span className="tag-swatch" /> {t.label}
          </label>
        ))}
      </fieldset>
      {legend && <p className="muted annotate-form__legend">{legend}</p>}
      {tag === "redaction" && <RedactionFields value={redaction} onChange={setRedaction} codes={exemptionCodes} />}
      <label>
        Entity{" "}
        <select value={entity} onChange={(e) => setEntity(e.target.value)} aria-label="Entity">
          <option value="">— none —</option>
          {entities.map((en) => (
            <option key={en.id} value={en.id}>{en.name} ({en.type})</option>
          ))}
          <option value={NEW_ENTITY}>+ New entity…</option>
        </select>
      </label>
      {entity === NEW_ENTITY && (
        <div className="annotate-form__new-entity">
          <input value={newName} onChange={(e) => setNewName(e.target.value)} aria-label="New entity name" required />
          <select value={newType} onChange={(e) => setNewType(e.target.value)} aria-label="New entity type">
            {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
      )}
      <label>
        Comment <span className="muted">(optional)</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} aria-label="Comment" />
      </label>
      <div className="annotate-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !tag}>Annotate</button>
        <button type="button" className="button" onClick={() => onDone(null)}>Cancel</button>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
