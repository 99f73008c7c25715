"use client";
import { EXTENT_UNITS, type Extent, type ExtentUnit } from "@/lib/records/redaction";

export interface RedactionDraft {
  /** Codes as typed, comma-separated; the server checks each against the collection's list. */
  codes: string;
  quantity: string;
  unit: ExtentUnit;
  atMost: boolean;
}

export const EMPTY_REDACTION: RedactionDraft = { codes: "", quantity: "", unit: "unknown", atMost: false };

/** The draft as the API takes it: codes split, an extent only where a unit is chosen. */
export function redactionInput(d: RedactionDraft): { exemptions: string[]; extent: Extent } {
  const quantity = d.unit === "unknown" || d.quantity.trim() === "" ? null : Number(d.quantity);
  return {
    exemptions: d.codes.split(/[,;]/).map((c) => c.trim()).filter(Boolean),
    extent: { quantity, unit: d.unit, ...(d.atMost && quantity !== null ? { atMost: true } : {}) },
  };
}

/** A redaction's exemption codes (from the collection's list, suggested as one types) and its extent. */
export function RedactionFields({ value, onChange, codes }: { value: RedactionDraft; onChange(next: RedactionDraft): void; codes: readonly string[] }) {
  return (
    <fieldset className="redaction-fields">
      <legend>Redaction</legend>
      <label>
        Exemption codes <span className="muted">(comma-separated)</span>
        <input list="exemption-codes" value={value.codes} onChange={(e) => onChange({ ...value, codes: e.target.value })} placeholder="(b)(1), 25X1" aria-describedby="exemption-codes-help" />
        <datalist id="exemption-codes">{codes.map((c) => <option key={c} value={c} />)}</datalist>
      </label>
      <p id="exemption-codes-help" className="muted">This collection cites {codes.slice(0, 4).join(", ")}{codes.length > 4 ? ` and ${codes.length - 4} more` : ""}.</p>
      <div className="redaction-fields__extent">
        <label>
          Extent
          <input type="number" min={0} step="any" value={value.quantity} onChange={(e) => onChange({ ...value, quantity: e.target.value })} disabled={value.unit === "unknown"} aria-label="How much was withheld" />
        </label>
        <label>
          Unit
          <select value={value.unit} onChange={(e) => onChange({ ...value, unit: e.target.value as ExtentUnit })}>
            {EXTENT_UNITS.map((u) => <option key={u} value={u}>{u === "unknown" ? "not known" : u}</option>)}
          </select>
        </label>
        <label className="redaction-fields__less">
          <input type="checkbox" checked={value.atMost} onChange={(e) => onChange({ ...value, atMost: e.target.checked })} disabled={value.unit === "unknown"} /> less than
        </label>
      </div>
    </fieldset>
  );
}
