import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SHARED_SCHEMAS, validateXml } from "../../test/xml-schemas";
import { SaxesParser } from "saxes";
import { annotationOn, pagedDocument as paged, readLayerOrThrow } from "../../test/export-fixtures";
import { writeExport } from "./formats";
import type { ExportDocument } from "./types";

// Every ALTO and PAGE export validates against the official schemas (../shared/schemas): one
// page and several, as the OCR read them and corrected, from the layer fixtures and from real
// Tesseract hOCR of the shared corpus.

const read = readLayerOrThrow;
const fixture = (name: string) => read(readFileSync(new URL(`../layers/fixtures/${name}`, import.meta.url), "utf8"));

/** A correction of every kind: a word changed, one inserted, one deleted, a line joined. */
const correct = (raw: string) => raw.replace(/\b(\w)(\w+)/, "$1x$2").replace(/ (\w+) /, " [inserted] $1 ").replace(/\s\S+\s*$/, "").replace("\n", " ");

/** PAGE of several pages is a zip of one file per page. */
const pageFiles = (out: string | Uint8Array) => (typeof out === "string" ? [out] : Object.values(unzipSync(out)).map((f) => strFromU8(f)));

const corpusHocr = (SHARED_SCHEMAS ? ["typescripts/ts01-1947.p1", "frus/frus1949v07p2-d148.p1", "typescripts/ts02-1949.p1"] : [])
  .map((stem) => join(SHARED_SCHEMAS!, "..", "corpus", `${stem}.heavy.hocr`));

const cases: [string, () => ExportDocument][] = [
  ["one page (ALTO v4 fixture), unedited", () => paged([fixture("alto-v4.xml")])],
  ["one page (hOCR fixture), corrected", () => paged([fixture("tesseract.hocr")], correct)],
  ["three pages of three formats, unedited", () => paged([fixture("alto-v4.xml"), fixture("alto-v3.xml"), fixture("tesseract.hocr")])],
  ["three pages of three formats, corrected", () => paged([fixture("alto-v4.xml"), fixture("alto-v3.xml"), fixture("tesseract.hocr")], correct)],
  ["the same hOCR page twice (the same layer ids on both), corrected", () => paged([fixture("tesseract.hocr"), fixture("tesseract.hocr")], correct)],
  ["three real Tesseract pages of the shared corpus, unedited", () => paged(corpusHocr.map((f) => read(readFileSync(f, "utf8"))))],
  ["three real Tesseract pages of the shared corpus, corrected", () => paged(corpusHocr.map((f) => read(readFileSync(f, "utf8"))), correct)],
];

describe.runIf(SHARED_SCHEMAS)("ALTO and PAGE exports against the official schemas", () => {
  it.each(cases)("ALTO 4.4: %s", (_name, make) => {
    const doc = make();
    expect(validateXml("alto", [writeExport(doc, "alto"), writeExport(doc, "alto", "diplomatic")])).toBe("");
  });

  it.each(cases)("PAGE 2019: %s", (_name, make) => {
    const doc = make();
    expect(validateXml("page", [...pageFiles(writeExport(doc, "page")), ...pageFiles(writeExport(doc, "page", "diplomatic"))])).toBe("");
  });

  it("a multi-page ALTO names each page's image, and its ids are unique across pages", () => {
    const alto = writeExport(paged([fixture("tesseract.hocr"), fixture("tesseract.hocr")]), "alto");
    const ids = [...alto.matchAll(/ ID="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(alto.match(/<fileIdentifier [^>]*>[^<]+<\/fileIdentifier>/g)).toHaveLength(2);
  });
});

describe.runIf(SHARED_SCHEMAS)("redactions and the record on page layouts", () => {
  /** Three pages with a redaction over the second and third words of the text and the record filled in. */
  const redacted = (): ExportDocument => {
    const doc = paged([fixture("alto-v4.xml"), fixture("tesseract.hocr"), fixture("alto-v3.xml")]);
    const words = [...doc.text.matchAll(/\S+/g)];
    const start = words[1].index!;
    const end = words[2].index! + words[2][0].length;
    return {
      ...doc,
      record: { ...doc.record, values: { date: "1954-03-30", originator: "Central Intelligence Agency", classification: "SECRET", identifiers: ["CSDB-18851"] } },
      annotations: [annotationOn(doc.text, start, end, "redaction", { exemptions: ["(b)(1)", "(b)(3) CIA Act"], extent: { quantity: 2, unit: "words" } })],
    };
  };

  it("ALTO: the redaction an OtherTag that the strings it covers refer to; valid ALTO 4.4", () => {
    const alto = writeExport(redacted(), "alto");
    expect(alto).toContain('<Tags>\n<OtherTag ID="redaction_1" TYPE="redaction" LABEL="redaction" DESCRIPTION="(b)(1); (b)(3) CIA Act, 2 words"/>\n</Tags>');
    expect(alto.match(/TAGREFS="redaction_1"/g)).toHaveLength(2);
    expect(validateXml("alto", [alto])).toBe("");
  });

  it("PAGE: the covered words say so in a custom tag; valid PAGE 2019", () => {
    const files = pageFiles(writeExport(redacted(), "page"));
    expect(files.join("").match(/custom="redaction \{ref:redaction_1; exemptions:\(b\)\(1\),\(b\)\(3\)\\u0020CIA\\u0020Act;\}"/g)).toHaveLength(2);
    expect(validateXml("page", files)).toBe("");
  });

  it("METS: the record as Dublin Core, an image per page, the ALTO embedded and valid, each page pointing at its image and its Page", () => {
    const mets = writeExport(redacted(), "mets");
    expect(mets).toContain("<dc:title>");
    expect(mets).toContain("<dc:date>1954-03-30</dc:date>");
    expect(mets).toContain("<dc:creator>Central Intelligence Agency</dc:creator>");
    expect(mets).toContain("<dc:description>Classification: SECRET</dc:description>");
    expect(mets.match(/<mets:file ID="mets_img_\d"/g)).toHaveLength(3);
    const pageIds = [...mets.matchAll(/<Page ID="([^"]+)"/g)].map((m) => m[1]);
    expect(pageIds).toHaveLength(3);
    for (const [i, id] of pageIds.entries()) expect(mets).toContain(`<mets:div ID="mets_page_${i + 1}" TYPE="page" ORDER="${i + 1}" ORDERLABEL="${i + 1}"><mets:fptr FILEID="mets_img_${i + 1}"/><mets:fptr><mets:area FILEID="mets_alto" BEGIN="${id}" BETYPE="IDREF"/></mets:fptr></mets:div>`);
    // Well-formed as a whole (no METS schema is kept offline), and the ALTO inside valid as ALTO.
    expect(() => new DOMParserLike(mets)).not.toThrow();
    const alto = mets.slice(mets.indexOf("<alto "), mets.indexOf("</alto>") + "</alto>".length);
    expect(validateXml("alto", [`<?xml version="1.0" encoding="UTF-8"?>\n${alto}`])).toBe("");
  });
});

/** Parses XML completely with saxes, throwing on the first error. */
class DOMParserLike {
  constructor(xml: string) {
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => {
      throw e;
    });
    parser.write(xml).close();
  }
}
