import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { englishDate } from "./english-date";
import { RECORD_SCHEMA } from "./metadata-schema";
import { suggestMetadata } from "./suggest-metadata";

const values = (text: string) => Object.fromEntries(suggestMetadata(text, RECORD_SCHEMA).map((s) => [s.field, s.value]));

describe("dates written in English", () => {
  it("read as EDTF, ranges borrowing the right side's month and year, and nothing that is not plainly a date", () => {
    expect(englishDate("30 March 1954")).toBe("1954-03-30");
    expect(englishDate("March 30, 1954")).toBe("1954-03-30");
    expect(englishDate("Sept. 4, 1951")).toBe("1951-09-04");
    expect(englishDate("March 1954")).toBe("1954-03");
    expect(englishDate("1954")).toBe("1954");
    expect(englishDate("August - October 1947")).toBe("1947-08/1947-10");
    expect(englishDate("8 - 16 February 1954")).toBe("1954-02-08/1954-02-16");
    expect(englishDate("1947 - May 1956")).toBe("1947/1956-05");
    expect(englishDate("19 - 23 January 1952")).toBe("1952-01-19/1952-01-23");
    for (const no of ["30 Febuary 1954", "February 30, 1954", "the spring of 1954", "1954 tons", "May 1956 - 1947", ""]) expect(englishDate(no)).toBeNull();
  });
});

describe("metadata suggested from a typescript's header", () => {
  it("reads keyed lines, standing banners and type lines, and a dateline, each with the text it came from", () => {
    const text = "SECRET - NOFORN\n\nMEMORANDUM FOR THE RECORD\n\nREPORT NO.: FL-47-0311\nFROM:     Chief of Station,\n          Tokyo\nTO: Director\n\nWashington, October 12, 1949, 7 p. m.\n\nBody text begins here.\n\fSECRET\n\n- 2 -\nmore\n";
    const found = suggestMetadata(text, RECORD_SCHEMA);
    expect(Object.fromEntries(found.map((s) => [s.field, s.value]))).toEqual({
      date: "1949-10-12", classification: "SECRET", caveats: ["NOFORN"], originator: "Chief of Station, Tokyo", addressee: "Director",
      type: "memorandum", identifiers: ["FL-47-0311"],
    });
    for (const s of found) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
    expect(found.find((s) => s.field === "date")!.evidence.text).toBe("October 12, 1949");
  });

  it("says nothing where the text is not plain: two different banners, a value no list offers, a date in the body", () => {
    expect(values("SECRET\n\nSome text\n\fCONFIDENTIAL\nmore")).not.toHaveProperty("classification");
    expect(values("SECRETIVE MATTERS\nCLASSIFICATION: SEKRET\n")).toEqual({});
    expect(values(`${"A line of body text.\n".repeat(30)}Washington, May 1, 1950\n`)).toEqual({});
    expect(values("The memorandum of 30 March 1954 says: nothing.\n")).toEqual({});
  });

  it("finds a field by its label, for a schema of the collection's own", () => {
    const schema = { fields: [...RECORD_SCHEMA.fields, { name: "country", label: "Country", type: "text" as const }, { name: "dateOfInfo", label: "Date of info", type: "date" as const }] };
    const found = Object.fromEntries(suggestMetadata("COUNTRY: Germany, Soviet Zone\nDATE OF INFO: March - May 1949\n", schema).map((s) => [s.field, s.value]));
    expect(found).toEqual({ country: "Germany, Soviet Zone", dateOfInfo: "1949-03/1949-05" });
  });

  it("on every page of both corpora, read or typed, each suggestion's evidence is the text at its offsets, and each value one its field takes", () => {
    let suggestions = 0;
    for (const dir of ["../shared/corpus/typescripts", "../shared/corpus/frus"]) {
      for (const f of readdirSync(dir).filter((name) => name.endsWith(".txt"))) {
        const text = readFileSync(`${dir}/${f}`, "utf8");
        for (const s of suggestMetadata(text, RECORD_SCHEMA)) {
          suggestions++;
          expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
          const field = RECORD_SCHEMA.fields.find((x) => x.name === s.field)!;
          if (field.values) for (const v of [s.value].flat()) expect(field.values).toContain(v);
        }
      }
    }
    expect(suggestions).toBeGreaterThan(100);
  });
});
