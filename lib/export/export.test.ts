import fc from "fast-check";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { validateTei } from "../../test/tei";
import { validateWebAnnotations } from "../../test/web-annotations";
import { annotationOn, correctedSample, exportDocument, SAMPLE } from "../../test/export-fixtures";
import { FORMAT_NAMES, needsBoxes, writeExport, type TextExportFormat } from "./formats";
import { xmlId } from "./escape";
import { findCorrections } from "./provenance";

// Golden files: the sample report after the corrections, with a person linked to an
// entity. UPDATE_GOLDEN=1 writes them, missing ones included; review the diff before committing.
// Without it a missing golden file fails: it must never pass by writing itself.
const golden = (name: string, actual: string) => {
  const file = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`No golden file ${name}: run UPDATE_GOLDEN=1 npx vitest run lib/export and review it`);
  expect(actual).toBe(readFileSync(file, "utf8"));
};

/** Parses XML strictly; throws on anything not well-formed. Answers the reading text (corr, not sic; no notes). */
function readingOf(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let inBody = false;
  let skip = 0;
  let out = "";
  parser.on("opentag", (t) => {
    if (t.local === "body") inBody = true;
    if (inBody && (t.local === "sic" || t.local === "note")) skip++;
    if (inBody && !skip && (t.local === "lb" || t.local === "pb" || t.local === "p" || t.local === "space")) out += " ";
  });
  parser.on("closetag", (t) => {
    if (inBody && (t.local === "sic" || t.local === "note")) skip--;
    if (t.local === "body") inBody = false;
  });
  parser.on("text", (text) => {
    if (inBody && !skip) out += text;
  });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return out;
}

const squash = (s: string) => s.replace(/[\s\f]+/g, " ").trim();

describe("the sample report's edition", () => {
  const doc = correctedSample();

  it.each(FORMAT_NAMES.filter((f) => !needsBoxes(f)) as TextExportFormat[])("matches the golden %s file", (format) => {
    golden(`csdb-18851.${format}`, writeExport(doc, format));
  });

  it("has every correction as choice/sic/corr, or supplied, pointing at the reviewer and the revision", () => {
    const tei = writeExport(doc, "tei");
    expect(tei.match(/<choice><sic>Genserslov<\/sic><corr resp="#user-rita" change="#rev-1">Generalov<\/corr><\/choice>/g)).toHaveLength(2);
    // Brackets added around a name the OCR read right are supplied; a misread name is corrected.
    expect(tei).toContain('Kuzma N. <supplied resp="#user-rita" change="#rev-2">[</supplied>Nikolayevich<supplied resp="#user-rita" change="#rev-2">]</supplied> Derevyanko');
    expect(tei).toContain('<choice><sic>Lylich</sic><corr resp="#user-rita" change="#rev-3">[Il&apos;ich]</corr></choice>');
    expect(tei).toMatch(/<persName xml:id="ann-a\d+" ref="#ent-e1">Kuzma N\. <supplied /);
    expect(tei).toContain('<person xml:id="ent-e1"><persName>Kuzma Nikolayevich Derevyanko</persName>');
    expect(tei).toContain('<change xml:id="rev-1" n="1" when="2026-11-28T10:01:00.000Z" who="#user-cora">');
    expect(tei).toContain('<licence>CC BY 4.0</licence>');
    expect(readingOf(tei).includes("Otroshchenko, Generalov, and the Japanese")).toBe(true);
  });

  it("is valid TEI P5 (tei_all), the diplomatic variant too", () => {
    expect(validateTei([writeExport(doc, "tei"), writeExport(doc, "tei", "diplomatic")])).toBe("");
  });

  it("exports JSON that passes the W3C annotation checks and traces each correction to its revision and reviewer", () => {
    const json = JSON.parse(writeExport(doc, "json"));
    const run = validateWebAnnotations(json);
    expect(run.output).toMatch(/1 passed, 0 failed/);
    expect(json.revisions.map((r: { seq: number; sha256: string }) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(json.corrections[0]).toMatchObject({ sic: "", corr: "[", seq: 2, approvedBy: "rita" });
    expect(json.corrections[2]).toMatchObject({ sic: "Lylich", corr: "[Il'ich]", seq: 3, approvedBy: "rita" });
  });

  it("makes a training pair of every raw line a correction touched", () => {
    const pairs = writeExport(doc, "pairs").trim().split("\n").map((l) => JSON.parse(l));
    expect(pairs.map((p) => p.line)).toEqual([21, 23, 54, 55]);
    expect(pairs[0]).toMatchObject({ documentId: "doc1", page: 1 });
    expect(pairs[0].ocr).toContain("Kuzma N. Nikolayevich Derevyanko");
    expect(pairs[0].gt).toContain("Kuzma N. [Nikolayevich] Derevyanko");
  });

  it("puts the raw OCR with the annotations in the diplomatic variant", () => {
    expect(writeExport(doc, "txt", "diplomatic")).toBe(SAMPLE);
    expect(writeExport(doc, "tei", "diplomatic")).not.toContain("<choice>");
    expect(writeExport(doc, "tei", "diplomatic")).toMatch(/<persName [^>]*ref="#ent-e1">Kuzma N\. Nikolayevich Derevyanko<\/persName>/);
  });
});

describe("exports of awkward documents", () => {
  it("without approved corrections: no choice, the text exactly", () => {
    const doc = exportDocument(["Genserslov met Molotov.\n\nIn Tokyo."]);
    const tei = writeExport(doc, "tei");
    expect(tei).not.toContain("<choice");
    expect(validateTei([tei])).toBe("");
    expect(writeExport(doc, "txt")).toBe("Genserslov met Molotov.\n\nIn Tokyo.");
    expect(writeExport(doc, "pairs")).toBe("");
  });

  const NASTY = "A & B < C > D ]]> \"q\" 'a' \u0000\u0001\u0007\u000b\u001f \uD800 lone \uDFFF end \u2028 <script>alert(1)</script> &amp;";
  it.each([
    ["&, <, ]]>", "Tom & Jerry <b> ]]> done"],
    ["C0 controls", "bell\u0007 nul\u0000 esc\u001b tab\tok"],
    ["lone surrogates", "half \uD83D and \uDE00 here"],
    ["all of them", NASTY],
  ])("with %s: well-formed, valid TEI and inert HTML", (_, text) => {
    const corrected = text.replace(/^\S+/, "Fixed");
    const doc = exportDocument([text, corrected], { annotations: [annotationOn(corrected, 0, 5, "person")], title: text, sourceRef: text });
    const tei = writeExport(doc, "tei");
    expect(() => readingOf(tei)).not.toThrow();
    expect(validateTei([tei])).toBe("");
    const html = writeExport(doc, "html");
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/);
    expect(writeExport(doc, "md")).not.toMatch(/<script|<b>/);
  });

  it("splits crossing annotations and annotations over a paragraph break into linked parts", () => {
    const text = "Colonel Andrey Markovich Otroshchenko met\n\nNikolay Ivanovich Generalov in Tokyo.";
    const a = annotationOn(text, 0, 24, "person"); // "Colonel Andrey Markovich"
    const b = annotationOn(text, 8, 37, "unclear"); // "Andrey Markovich Otroshchenko": crosses a
    const c = annotationOn(text, 25, 61, "comment", { body: "Two names across a paragraph break" }); // crosses the break
    const doc = exportDocument([text], { annotations: [a, b, c] });
    const tei = writeExport(doc, "tei");
    expect(validateTei([tei])).toBe("");
    expect(tei).toContain(`<unclear xml:id="ann-${b.id}-part1" next="#ann-${b.id}-part2">`);
    expect(tei).toContain(`<unclear xml:id="ann-${b.id}-part2" prev="#ann-${b.id}-part1">`);
    expect(tei).toMatch(new RegExp(`<seg xml:id="ann-${c.id}-part2" type="comment" prev="#ann-${c.id}-part1" next="#ann-${c.id}-part3">`));
    expect(tei).toMatch(new RegExp(`<note type="comment" target="#ann-${c.id}-part3">Two names across a paragraph break</note>`));
    expect(squash(readingOf(tei))).toBe(squash(text));
  });

  it("numbers the edition's pages and leaves the OCR's own page breaks in sic unnumbered", () => {
    const doc = exportDocument(["one\ftwo three\n\n\ffour", "one two three\n\n\ffour\ffive"]);
    const tei = writeExport(doc, "tei");
    expect(validateTei([tei])).toBe("");
    expect(tei).toContain('<sic><pb ed="ocr"/></sic><corr resp="#user-rita" change="#rev-1"> </corr>');
    expect(tei.match(/<pb n="\d+"\/>/g)).toEqual(['<pb n="2"/>', '<pb n="3"/>']);
  });

  it("moves an annotation edge that falls inside a correction out to the correction's edge", () => {
    const raw = "met Genserslov in Tokyo";
    const fixed = "met Generalov in Tokyo";
    const doc = exportDocument([raw, fixed], { annotations: [annotationOn(fixed, 7, 16, "person")] }); // "eralov in"
    const tei = writeExport(doc, "tei");
    expect(validateTei([tei])).toBe("");
    expect(tei).toMatch(/<persName[^>]*><choice><sic>Genserslov<\/sic><corr[^>]*>Generalov<\/corr><\/choice> in<\/persName>/);
  });
});

describe("xml ids", () => {
  it("are valid names and distinct for distinct ids, whatever their characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        expect(xmlId("user", a)).toMatch(/^user-[A-Za-z0-9._-]*$/);
        if (a !== b) expect(xmlId("user", a)).not.toBe(xmlId("user", b));
      }),
    );
  });
});

describe("provenance", () => {
  it("credits each change to the revision that made it, deletions included", () => {
    const texts = ["teh cat sat on teh mat", "the cat sat on teh mat", "the cat sat on the mat", "the cat sat on the"];
    const doc = exportDocument(texts);
    const found = findCorrections(texts, doc.revisions).map((c) => [c.sic, c.corr, c.seq]);
    expect(found).toEqual([["teh", "the", 1], ["teh mat", "the", 3]]);
  });
});

describe("TEI for any text, corrections and annotations (property)", () => {
  const words = fc.constantFrom("Genserslov", "Generalov", "teh", "the", "Tokyo", "&", "<", "]]>", "😀", "\u0007", "\uD800", " ", "  ", "\n", "\n\n", "\f", "\t", "[Il'ich]");
  const texts = fc.array(words, { minLength: 1, maxLength: 40 }).map((w) => w.join(""));
  const edits = fc.array(fc.tuple(fc.nat(), fc.nat(6), words), { maxLength: 6 });
  const spans = fc.array(fc.tuple(fc.nat(), fc.nat(30), fc.constantFrom("person", "place", "unclear", "comment", "redaction", "supplied")), { maxLength: 6 });
  const arbitrary = fc.tuple(texts, edits, spans).map(([raw, edits, spans]) => {
    const chain = [raw];
    let text = raw;
    for (const [at, len, word] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + word + text.slice(i + len);
      chain.push(text);
    }
    // As in the app, annotations never split a surrogate pair (lib/data checks every range).
    const inPair = (i: number) => i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);
    const annotations = spans
      .map(([at, len, tag]) => {
        let start = at % (text.length + 1);
        let end = Math.min(text.length, start + len);
        if (inPair(start)) start--;
        if (inPair(end)) end++;
        return annotationOn(text, start, end, tag, tag === "comment" ? { body: "a < b & c" } : {});
      })
      .filter((a) => a.end > a.start);
    return exportDocument(chain, { annotations });
  });

  it("is well-formed, and its reading (corr, not sic) is the accepted text, ignoring markup and whitespace", () => {
    fc.assert(
      fc.property(arbitrary, (doc) => {
        const reading = readingOf(writeExport(doc, "tei"));
        const expected = doc.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => (c === "\f" ? " " : "\uFFFD"));
        expect(squash(reading)).toBe(squash(expected));
      }),
      { numRuns: 300 },
    );
  });

  it("is valid against tei_all (jing on a sample of 25)", () => {
    const sample = fc.sample(arbitrary, { numRuns: 25, seed: 42 }).map((d) => writeExport(d, "tei"));
    expect(validateTei(sample)).toBe("");
  });
});
