import { describe, expect, it } from "vitest";
import { RECORD_SCHEMA } from "./metadata-schema";
import { pageParameters, parametersOf, parseRecordFilter } from "./record-filter";

const parse = (query: string) => parseRecordFilter(parametersOf(new URLSearchParams(query)), RECORD_SCHEMA);

describe("a record filter from query parameters", () => {
  it("reads fields by name, several values repeated or comma-separated, and date bounds as days", () => {
    expect(parse("classification=SECRET&dateFrom=1950&dateTo=1955-06&type=memorandum&q=rail&limit=5")).toEqual({
      ok: true,
      value: { fields: [{ field: "classification", values: ["SECRET"] }, { field: "type", values: ["memorandum"] }], dateFrom: "1950-01-01", dateTo: "1955-06-30" },
    });
    expect(parse("caveats=NOFORN,EYES%20ONLY&caveats=NOFORN")).toMatchObject({ ok: true, value: { fields: [{ field: "caveats", values: ["NOFORN", "EYES ONLY"] }] } });
    // A text field's value may hold a comma.
    expect(parse("notes=Box%204,%20folder%2012")).toMatchObject({ ok: true, value: { fields: [{ field: "notes", values: ["Box 4, folder 12"] }] } });
    expect(parse("classification=")).toEqual({ ok: true, value: { fields: [], dateFrom: null, dateTo: null } });
  });

  it("refuses an unknown field, a value its list does not offer, a bad date, and a range that ends before it starts", () => {
    expect(parse("clasification=SECRET")).toMatchObject({ ok: false, error: { field: "clasification" } });
    expect(parse("classification=SEKRET")).toMatchObject({ ok: false, error: { field: "classification", message: expect.stringContaining("“SEKRET”") } });
    expect(parse("dateFrom=March%201954")).toMatchObject({ ok: false, error: { field: "dateFrom" } });
    expect(parse("dateTo=1953/1954")).toMatchObject({ ok: false, error: { field: "dateTo", message: expect.stringContaining("interval") } });
    expect(parse("dateFrom=1956&dateTo=1955")).toMatchObject({ ok: false, error: { message: "dateFrom is after dateTo" } });
  });

  it("reads a page's parameters, repeated ones as lists, empty ones left out", () => {
    expect(pageParameters({ q: "rail", caveats: ["NOFORN", ""], dateFrom: "", cursor: undefined })).toEqual(new Map([["q", ["rail"]], ["caveats", ["NOFORN"]]]));
  });
});
