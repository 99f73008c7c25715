"use client";
import type { SearchMode, SearchScope } from "@/lib/search/query";

export interface SearchFormValues {
  q: string;
  mode: SearchMode;
  scope: SearchScope;
  collectionId?: string;
  status?: string;
  tag?: string;
  entityId?: string;
  case?: string;
}

interface Options {
  collections: { id: string; name: string }[];
  tags: string[];
  entities: { id: string; name: string }[];
}

const MODES: { value: SearchMode; label: string; hint: string }[] = [
  { value: "words", label: "Words", hint: "Every word, in any order; \"quotes\" for a phrase; gen* for words that begin so." },
  { value: "exact", label: "Exact text", hint: "The characters as typed, spaces and punctuation included, in any case." },
  { value: "regex", label: "Regular expression", hint: "A JavaScript regular expression, e.g. Gen\\w+ov or \\b1[89]\\d\\d\\b." },
  { value: "fuzzy", label: "OCR-tolerant", hint: "Each word, or a word up to two letters off, or a spelling the team has corrected to it." },
];

const STATUSES = [
  { value: "raw", label: "Raw OCR" },
  { value: "in_progress", label: "In progress" },
  { value: "corrected", label: "Corrected" },
  { value: "approved", label: "Approved" },
];

/**
 * The search page's form: a GET form, so every search is a link. Choosing a mode or a filter
 * searches again at once when there is a query; "/" anywhere focuses the box (SlashToSearch).
 */
export function SearchPageForm({ values, options, keep = {} }: { values: SearchFormValues; options: Options; keep?: Record<string, string> }) {
  const resubmit = (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const form = e.currentTarget.form;
    if (form && (form.elements.namedItem("q") as HTMLInputElement).value.trim()) form.requestSubmit();
  };
  const filtered = Boolean(values.collectionId || values.status || values.tag || values.entityId || values.scope !== "text");
  return (
    <form className="search-page-form" role="search" action="/search">
      {/* Carried from search to search, as the entity an entity page chose for tagging. */}
      {Object.entries(keep).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="search">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={values.q}
          aria-label="Search the text of every document"
          placeholder="e.g. Otroshchenko"
          autoFocus={!values.q}
          aria-keyshortcuts="/"
          maxLength={500}
        />
        <button className="button button--primary" type="submit">Search</button>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">Mode</legend>
        {MODES.map((m) => (
          <label key={m.value} title={m.hint}>
            <input type="radio" name="mode" value={m.value} defaultChecked={values.mode === m.value} onChange={resubmit} />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted search-hint">{MODES.find((m) => m.value === values.mode)?.hint}</p>
      <details className="search-filters" open={filtered}>
        <summary>Where to search{filtered ? " (filtered)" : ""}</summary>
        <div className="search-filters__grid">
          <div className="field">
            <label htmlFor="search-scope">In</label>
            <select id="search-scope" name="scope" defaultValue={values.scope} onChange={resubmit}>
              <option value="text">The corrected text</option>
              <option value="raw">The raw OCR</option>
              <option value="both">Both</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-collectionId">Collection</label>
            <select id="search-collectionId" name="collectionId" defaultValue={values.collectionId ?? ""} onChange={resubmit}>
              <option value="">All collections</option>
              {options.collections.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-status">Status</label>
            <select id="search-status" name="status" defaultValue={values.status ?? ""} onChange={resubmit}>
              <option value="">Any status</option>
              {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-tag">Annotated as</label>
            <select id="search-tag" name="tag" defaultValue={values.tag ?? ""} onChange={resubmit}>
              <option value="">Any or none</option>
              {options.tags.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-entityId">Mentions entity</label>
            <select id="search-entityId" name="entityId" defaultValue={values.entityId ?? ""} onChange={resubmit}>
              <option value="">Any or none</option>
              {options.entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
            </select>
          </div>
          {values.mode === "regex" && (
            <label className="checkbox">
              <input type="checkbox" name="case" value="sensitive" defaultChecked={values.case === "sensitive"} onChange={resubmit} />
              Match case
            </label>
          )}
        </div>
      </details>
    </form>
  );
}
