import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SHARED_SCHEMAS, validateXml } from "../../test/xml-schemas";
import { pagedDocument as paged, readLayerOrThrow } from "../../test/export-fixtures";
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
