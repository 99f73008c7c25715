import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSchema, checkSchemaChange, checkValues, RECORD_SCHEMA, type MetadataSchema } from "./metadata-schema";

const registry = ["Director of Central Intelligence", "Department of State"];
const entityName = (name: string) => registry.find((n) => n.toLowerCase() === name.toLowerCase().replace(/\s+/g, " ")) ?? null;
const check = (values: Record<string, unknown>) => checkValues(RECORD_SCHEMA, values, entityName);

describe("the default schema for declassified records", () => {
  it("is a valid schema", () => {
    expect(checkSchema(RECORD_SCHEMA)).toEqual({ ok: true, value: RECORD_SCHEMA });
  });

  it("takes each type's values, normalised, and a blank value clears its field", () => {
    expect(
      check({
        date: " 1954-03-30 ", classification: "SECRET", caveats: ["NOFORN", "NOFORN", "EYES ONLY"], originator: "director of  central intelligence",
        identifiers: "CSDB-18851; CIA-RDP80-00810A003500580009-2", type: "information report", notes: " line one\nline two ", language: "",
      }),
    ).toEqual({
      ok: true,
      value: {
        set: {
          date: "1954-03-30", classification: "SECRET", caveats: ["NOFORN", "EYES ONLY"], originator: "Director of Central Intelligence",
          identifiers: ["CSDB-18851", "CIA-RDP80-00810A003500580009-2"], type: "information report", notes: "line one\nline two",
        },
        cleared: ["language"],
      },
    });
  });

  it("refuses a wrong value naming its field and what it takes", () => {
    expect(check({ date: "30 March 1954" })).toMatchObject({ ok: false, error: { field: "date", message: expect.stringContaining("is not a date") } });
    expect(check({ classification: "SEKRET" })).toMatchObject({ ok: false, error: { field: "classification", message: expect.stringContaining("it offers UNCLASSIFIED") } });
    expect(check({ caveats: ["NOFORN", "MAYBE"] })).toMatchObject({ ok: false, error: { field: "caveats", message: expect.stringContaining("“MAYBE”") } });
    expect(check({ originator: "Nobody Known" })).toMatchObject({ ok: false, error: { field: "originator", message: expect.stringContaining("not in Entities") } });
    expect(check({ identifiers: ["CSDB 18851"] })).toMatchObject({ ok: false, error: { field: "identifiers" } });
    expect(check({ classification: ["SECRET"] })).toMatchObject({ ok: false, error: { field: "classification", message: expect.stringContaining("one text value") } });
    expect(check({ clasification: "SECRET" })).toMatchObject({ ok: false, error: { field: "clasification", message: expect.stringContaining("no field “clasification”") } });
  });
});

describe("a schema an admin edits", () => {
  it("needs well-formed, distinct names, a label, a known type and lists for list fields", () => {
    const one = (f: object) => checkSchema({ fields: [f] } as MetadataSchema);
    expect(one({ name: "Date", label: "D", type: "date" })).toMatchObject({ ok: false, error: { field: "Date" } });
    expect(one({ name: "import", label: "Import", type: "text" })).toMatchObject({ ok: false, error: { message: expect.stringContaining("taken") } });
    expect(one({ name: "box", label: " ", type: "text" })).toMatchObject({ ok: false, error: { message: expect.stringContaining("label") } });
    expect(one({ name: "box", label: "Box", type: "number" })).toMatchObject({ ok: false, error: { message: expect.stringContaining("not a field type") } });
    expect(one({ name: "box", label: "Box", type: "choice", values: [] })).toMatchObject({ ok: false });
    expect(one({ name: "box", label: "Box", type: "choice", values: ["a", "a"] })).toMatchObject({ ok: false });
    expect(checkSchema({ fields: [{ name: "box", label: "Box", type: "text" }, { name: "box", label: "Box 2", type: "text" }] })).toMatchObject({ ok: false, error: { message: expect.stringContaining("Two fields") } });
    expect(one({ name: "box", label: " Box ", type: "text", help: " " })).toEqual({ ok: true, value: { fields: [{ name: "box", label: "Box", type: "text" }] } });
  });

  it("keeps a field that holds values: not removed, not retyped, no used list value dropped; unused fields change freely", () => {
    const inUse = new Map([["classification", { documents: 3, values: new Set(["SECRET"]) }]]);
    const without = (name: string) => ({ fields: RECORD_SCHEMA.fields.filter((f) => f.name !== name) });
    const change = (name: string, patch: object) => ({ fields: RECORD_SCHEMA.fields.map((f) => (f.name === name ? { ...f, ...patch } : f)) });
    expect(checkSchemaChange(RECORD_SCHEMA, without("classification"), inUse)).toMatchObject({ ok: false, error: { field: "classification", message: expect.stringContaining("3 documents hold") } });
    expect(checkSchemaChange(RECORD_SCHEMA, change("classification", { type: "text", values: undefined }), inUse)).toMatchObject({ ok: false, error: { message: expect.stringContaining("from choice to text") } });
    expect(checkSchemaChange(RECORD_SCHEMA, change("classification", { values: ["UNCLASSIFIED", "TOP SECRET"] }), inUse)).toMatchObject({ ok: false, error: { message: expect.stringContaining("“SECRET”") } });
    expect(checkSchemaChange(RECORD_SCHEMA, change("classification", { values: ["SECRET", "COSMIC TOP SECRET"], label: "Marking" }), inUse)).toEqual({ ok: true, value: null });
    expect(checkSchemaChange(RECORD_SCHEMA, without("notes"), inUse)).toEqual({ ok: true, value: null });
  });

  it("any value a choice field offers is taken as itself, and nothing else is", () => {
    const field = RECORD_SCHEMA.fields.find((f) => f.name === "type")!;
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = check({ type: text });
        const v = text.trim().replace(/\s+/g, " ");
        if (!v) expect(result).toEqual({ ok: true, value: { set: {}, cleared: ["type"] } });
        else if (field.values!.includes(v)) expect(result).toEqual({ ok: true, value: { set: { type: v }, cleared: [] } });
        else expect(result.ok).toBe(false);
      }),
    );
  });
});
