import { describe, expect, it } from "vitest";
import { validateTei } from "../../test/tei";
import { validateWebAnnotations } from "../../test/web-annotations";
import { annotationOn, correctedSample, exportDocument } from "../../test/export-fixtures";
import { RECORD_SCHEMA } from "../records/metadata-schema";
import { writeExport } from "./formats";

// A record's metadata and its redactions in every export that carries them.

const RELEASE = "Cable to [place not declassified]. Met [2 names not declassified] on\n[less than 1 line of source text not declassified] 25X1 Ends.";
const at = (s: string) => [RELEASE.indexOf(s), RELEASE.indexOf(s) + s.length] as const;

function release() {
  const [p0, p1] = at("[place not declassified]");
  const [n0, n1] = at("[2 names not declassified]");
  const [l0, l1] = at("[less than 1 line of source text not declassified]");
  const [s0, s1] = at("25X1");
  return exportDocument([RELEASE], {
    record: { fields: RECORD_SCHEMA.fields, values: { date: "1953/1954-06", classification: "TOP SECRET", identifiers: ["CIA-RDP80-00810A003500580009-2"], releaseDate: "2017-06", releaseDecision: "released in part" } },
    annotations: [
      annotationOn(RELEASE, p0, p1, "redaction", { source: "import", exemptions: ["not declassified"], extent: { quantity: null, unit: "unknown" } }),
      annotationOn(RELEASE, n0, n1, "redaction", { source: "import", exemptions: ["not declassified"], extent: { quantity: 2, unit: "names" } }),
      annotationOn(RELEASE, l0, l1, "redaction", { source: "import", exemptions: ["not declassified"], extent: { quantity: 1, unit: "lines", atMost: true } }),
      annotationOn(RELEASE, s0, s1, "redaction", { source: "person", exemptions: ["25X1", "(b)(3) CIA Act"], extent: { quantity: 3, unit: "lines" }, body: "Stamp in the margin" }),
    ],
  });
}

describe("a record's metadata in the exports", () => {
  it("TEI: identifiers in msIdentifier, originator and other fields in msItem, the release in adminInfo, the date as creation/date, list fields as keywords", () => {
    const tei = writeExport(correctedSample(), "tei");
    expect(tei).toContain('<msIdentifier><idno type="sourceRef">CSDB-18851</idno><idno type="identifiers">CSDB-18851</idno></msIdentifier>');
    expect(tei).toContain("<msItem><author>Central Intelligence Agency</author><title>");
    expect(tei).toContain("<textLang>English</textLang>");
    expect(tei).toContain('<creation><date when="1954-03-30">30 March 1954</date></creation>');
    expect(tei).toContain('<term type="classification">SECRET</term><term type="caveats">CONTROL</term><term type="type">information report</term>');
    expect(tei).toContain("<availability><p>Release decision: released in full</p></availability>");
    const ranged = writeExport(release(), "tei");
    expect(ranged).toContain('<date from="1953-01-01" to="1954-06-30">');
    expect(validateTei([writeExport(correctedSample(), "tei"), ranged])).toBe("");
  });

  it("JSON, HTML and Markdown carry the fields by name and by label", () => {
    const doc = correctedSample();
    expect(JSON.parse(writeExport(doc, "json")).document.metadata).toMatchObject({ import: { fileName: "csdb-18851.ocr.txt" }, classification: "SECRET", identifiers: ["CSDB-18851"] });
    expect(writeExport(doc, "html")).toContain("<div><dt>Date</dt><dd>30 March 1954</dd></div><div><dt>Classification</dt><dd>SECRET</dd></div>");
    expect(writeExport(doc, "md")).toContain("- Document type: information report\n");
    // A record with nothing filled shows no empty list.
    expect(writeExport(exportDocument(["text"]), "html")).not.toContain('class="record"');
  });
});

describe("redactions in the exports", () => {
  it("TEI: the marker kept as text in a redaction seg, a gap saying how much was withheld, the codes in an exemption note; valid tei_all", () => {
    const tei = writeExport(release(), "tei");
    expect(tei).toMatch(/<seg type="redaction" xml:id="ann-a\d+"><gap reason="redacted" extent="extent not known" resp="#import"\/>\[place not declassified\]<\/seg>/);
    expect(tei).toContain('<gap reason="redacted" quantity="2" unit="names" resp="#import"/>[2 names not declassified]');
    expect(tei).toContain('<gap reason="redacted" atMost="1" unit="lines" resp="#import"/>[less than 1 line of source text');
    expect(tei).toMatch(/<gap reason="redacted" quantity="3" unit="lines"\/>25X1<\/seg>/);
    expect(tei).toMatch(/<note type="exemption" target="#ann-a\d+">25X1; \(b\)\(3\) CIA Act<\/note>/);
    expect(tei).toContain('<respStmt xml:id="import">');
    expect(validateTei([tei, writeExport(release(), "tei", "diplomatic")])).toBe("");
  });

  it("JSON: each redaction a W3C annotation with its codes as classifying bodies, its extent and source beside them", () => {
    const json = JSON.parse(writeExport(release(), "json"));
    expect(validateWebAnnotations(json).output).toMatch(/4 passed, 0 failed/);
    const stamp = json.items.find((a: { target: { selector: { exact?: string }[] } }) => a.target.selector[0].exact === "25X1");
    expect(stamp.body).toEqual(expect.arrayContaining([{ type: "TextualBody", value: "25X1", purpose: "classifying", format: "text/plain" }, { type: "TextualBody", value: "(b)(3) CIA Act", purpose: "classifying", format: "text/plain" }]));
    expect(stamp).toMatchObject({ exemptions: ["25X1", "(b)(3) CIA Act"], extent: { quantity: 3, unit: "lines" }, source: "person" });
  });

  it("HTML and Markdown: the codes and extent on the mark, where a reader hovers or reads the note", () => {
    expect(writeExport(release(), "html")).toContain('title="Redaction: not declassified, 2 names, found on import"');
    expect(writeExport(release(), "html")).toContain('title="Redaction: 25X1; (b)(3) CIA Act, 3 lines: Stamp in the margin"');
    expect(writeExport(release(), "md")).toContain("Redaction: not declassified, less than 1 line, found on import");
  });
});
