import type { MetadataField } from "@/lib/records/metadata-schema";

/** Values shown before "more" in a facet. */
const SHOWN = 6;

export interface RecordFiltersProps {
  /** The schema's fields that facets count, with the counts for each value. */
  facets: { field: MetadataField; values: { value: string; count: number }[] }[];
  /** The filters as the URL has them, by parameter name. */
  chosen: ReadonlyMap<string, string[]>;
  exemptionCodes: readonly string[];
  /** Parameters of the page the form keeps (q, collectionId, mode…). */
  keep: [string, string][];
  /** The order the results come in, and the orders offered. */
  order?: { value: string; options: { value: string; label: string }[] };
  /** What the counts count, said under the heading. */
  counting: string;
}

/**
 * Filters by the record's metadata as a plain GET form (links to a filtered list work, and it
 * needs no script): each list field's values with their counts, the date range, redactions by
 * code and extent, and the order.
 */
export function RecordFilters({ facets, chosen, exemptionCodes, keep, order, counting }: RecordFiltersProps) {
  const values = (name: string) => (chosen.get(name) ?? []).flatMap((v) => v.split(",")).map((v) => v.trim());
  const first = (name: string) => chosen.get(name)?.[0] ?? "";
  const active = [...chosen.keys()].some((k) => !keep.some(([name]) => name === k) && k !== "cursor" && k !== "sort" && (chosen.get(k) ?? []).some(Boolean));
  return (
    <form className="record-filters" method="get" aria-labelledby="record-filters-title">
      <div className="record-filters__head">
        <h2 id="record-filters-title">Filter by record</h2>
        <p className="muted">{counting}</p>
      </div>
      {keep.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <fieldset className="record-filters__dates">
        <legend>Date</legend>
        <label>From <input name="dateFrom" defaultValue={first("dateFrom")} placeholder="1950" inputMode="numeric" size={10} /></label>
        <label>To <input name="dateTo" defaultValue={first("dateTo")} placeholder="1955-06" size={10} /></label>
      </fieldset>
      {facets.map(({ field, values: counts }) => {
        const picked = values(field.name);
        // Chosen values stay listed (with no count) even when no document in view holds them.
        const rows = [...counts, ...picked.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
        if (rows.length === 0) return null;
        const shown = rows.filter((r, i) => i < SHOWN || picked.includes(r.value));
        const more = rows.filter((r) => !shown.includes(r));
        const box = (r: { value: string; count: number }) => (
          <label key={r.value} className="facet">
            <input type="checkbox" name={field.name} value={r.value} defaultChecked={picked.includes(r.value)} />
            <span className="facet__value">{r.value}</span>
            <span className="facet__count">{r.count}</span>
          </label>
        );
        return (
          <fieldset key={field.name}>
            <legend>{field.label}</legend>
            {shown.map(box)}
            {more.length > 0 && (
              <details>
                <summary>{more.length} more</summary>
                {more.map(box)}
              </details>
            )}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Redactions</legend>
        <label>
          Citing
          <select name="redaction" defaultValue={first("redaction")}>
            <option value="">any or none</option>
            <option value="any">any exemption</option>
            {exemptionCodes.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>
          At least
          <select name="redactionExtent" defaultValue={first("redactionExtent")}>
            <option value="">any extent</option>
            <option value="1 line">1 line</option>
            <option value="2 lines">2 lines</option>
            <option value="1 paragraph">1 paragraph</option>
            <option value="1 page">1 page</option>
          </select>
        </label>
      </fieldset>
      {order && (
        <label className="record-filters__sort">
          Order
          <select name="sort" defaultValue={order.value}>
            {order.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
      )}
      <div className="record-filters__actions">
        <button className="button button--primary" type="submit">Apply</button>
        {active && <a className="button" href={`?${new URLSearchParams(keep)}`}>Clear filters</a>}
      </div>
    </form>
  );
}
