import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineChunks } from "./chunks";
import { coverageLine } from "./coverage";
import { confusionVariants, nearWords } from "./fuzzy";
import { fuzzyHits, hitContext, hitId, parseHitId, wordHits } from "./hits";
import { exactMatchExpression, fuzzyMatchExpression, parseQuery, wordsMatchExpression } from "./query";
import { foldWord, wordSpans } from "./words";

const linesArb = fc.array(fc.string({ maxLength: 120 }).map((s) => s.replace(/\n/g, " ")), { minLength: 1, maxLength: 300 });

describe("lineChunks", () => {
  it("gives the text back, cut only after line ends", () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const text = lines.join("\n");
        const chunks = lineChunks(text);
        expect(chunks.join("")).toBe(text);
        for (const c of chunks.slice(0, -1)) expect(c.endsWith("\n")).toBe(true);
      }),
    );
  });

  it("an edit of one line changes few chunks: the cuts after it fall where they fell", () => {
    fc.assert(
      fc.property(linesArb, fc.nat(), fc.string({ maxLength: 30 }).map((s) => s.replace(/\n/g, " ")), (lines, at, insert) => {
        const before = lineChunks(lines.join("\n"));
        const i = at % lines.length;
        const edited = [...lines];
        edited[i] = insert + edited[i];
        const after = lineChunks(edited.join("\n"));
        const old = new Set(before);
        expect(after.filter((c) => !old.has(c)).length).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe("words as the index folds them", () => {
  it("folds case and accents, and finds words with their offsets", () => {
    expect(foldWord("Šimon")).toBe("simon");
    expect(foldWord("ДЕРЕВЯНКО")).toBe("деревянко");
    expect(wordSpans("Kuzma N. [Nikolayevich]")).toEqual([
      { start: 0, end: 5, folded: "kuzma" },
      { start: 6, end: 7, folded: "n" },
      { start: 10, end: 22, folded: "nikolayevich" },
    ]);
  });
});

describe("parseQuery", () => {
  it("reads words, phrases and prefixes", () => {
    const q = parseQuery('Kuzma "Nikolayevich Derevyanko" Otrosh*', "words");
    expect(q).toEqual({ ok: true, value: { mode: "words", terms: [
      { words: ["kuzma"], prefix: false },
      { words: ["nikolayevich", "derevyanko"], prefix: false },
      { words: ["otrosh"], prefix: true },
    ] } });
    if (q.ok && q.value.mode === "words") expect(wordsMatchExpression(q.value.terms)).toBe('"kuzma" AND "nikolayevich derevyanko" AND "otrosh" *');
  });

  it("quotes what FTS5 would read as syntax", () => {
    expect(exactMatchExpression('say "NEAR" OR')).toBe('"say ""NEAR"" OR"');
    expect(fuzzyMatchExpression([["generalov", "genserslov"], ["kuzma"]])).toBe('("generalov" OR "genserslov") AND ("kuzma")');
  });

  it("refuses what cannot be searched, in a sentence", () => {
    expect(parseQuery("  ", "words")).toMatchObject({ ok: false, error: "Type something to search for" });
    // Prefixes are bounded: each expands to every word it begins.
    expect(parseQuery(Array.from({ length: 5 }, (_, i) => `w${i}*`).join(" "), "words")).toMatchObject({ ok: true });
    expect(parseQuery(Array.from({ length: 6 }, (_, i) => `w${i}*`).join(" "), "words")).toMatchObject({ ok: false, error: expect.stringMatching(/at most 5 words ending in \*; this one has 6/) });
    expect(parseQuery("ab*", "words")).toMatchObject({ ok: true });
    expect(parseQuery("a*", "words")).toMatchObject({ ok: false, error: expect.stringMatching(/at least 2 letters/) });
    // The same term many times is one term: 120 × "ab*" is "ab*".
    expect(parseQuery(Array(120).fill("ab*").join(" "), "words")).toEqual({ ok: true, value: { mode: "words", terms: [{ words: ["ab"], prefix: true }] } });
    expect(parseQuery("a".repeat(501), "exact")).toMatchObject({ ok: false, error: expect.stringMatching(/at most 500 characters/) });
    expect(parseQuery("a\nb", "exact")).toMatchObject({ ok: false, error: expect.stringMatching(/line break/) });
    expect(parseQuery("([a-", "regex")).toMatchObject({ ok: false, error: expect.stringMatching(/^Not a valid regular expression/) });
    expect(parseQuery("--", "fuzzy")).toMatchObject({ ok: false, error: expect.stringMatching(/no words/) });
  });
});

describe("OCR-tolerant matching", () => {
  const vocabulary = ["generalov", "genserslov", "generals", "general", "gen", "deneralov", "kuzma", "kuzrna", "and", "arid"];

  it("finds words within two edits of a word of five letters or more, and only exact short words", () => {
    const near = nearWords("Generalov", vocabulary);
    expect([...near.keys()].sort()).toEqual(["deneralov", "general", "generals", "generalov", "genserslov"].sort());
    expect(near.has("gen")).toBe(false);
    expect(near.get("genserslov")).toEqual({ distance: 2 });
    expect([...nearWords("and", vocabulary).keys()]).toEqual(["and"]);
  });

  it("reaches further through learned confusions and corrected spellings, and says how", () => {
    const near = nearWords("and", vocabulary, { confusions: [{ raw: "ri", accepted: "n" }] });
    expect(near.get("arid")).toEqual({ distance: 2, via: ["ri→n"] });
    const known = nearWords("Kuzma", ["kvzmaa"], { known: new Map([["Kvzmaa", "corrected to Kuzma 3 times"]]) });
    expect(known.get("kvzmaa")).toEqual({ distance: 2, via: ["corrected to Kuzma 3 times"] });
  });

  it("undoes up to two confusions", () => {
    const v = confusionVariants("modem", [{ raw: "rn", accepted: "m" }]);
    expect([...v.keys()].sort()).toEqual(["modern", "rnodem", "rnodern"]);
    expect(v.get("rnodern")).toEqual(["rn→m", "rn→m"]);
  });

  it("marks each near word in a text with its distance", () => {
    const text = "Genserslov met Generalov.";
    expect(fuzzyHits(text, nearWords("Generalov", vocabulary))).toEqual([
      { start: 0, end: 10, distance: 2 },
      { start: 15, end: 24, distance: 0 },
    ]);
  });
});

describe("hits", () => {
  it("word hits agree with the folded words: phrases across line ends, prefixes, any case", () => {
    const text = "KUZMA N. [Nikolayevich]\nDerevyanko met kuzmin.";
    const q = parseQuery('"nikolayevich derevyanko" kuzm*', "words");
    if (!q.ok || q.value.mode !== "words") throw new Error("parse");
    expect(wordHits(text, q.value.terms).map((h) => text.slice(h.start, h.end))).toEqual(["KUZMA", "Nikolayevich]\nDerevyanko", "kuzmin"]);
  });

  it("a hit's context is its own line, cut at a space", () => {
    const text = `first line\n${"word ".repeat(30)}TARGET ${"tail ".repeat(30)}\nlast`;
    const at = text.indexOf("TARGET");
    const { before, after } = hitContext(text, at, at + 6);
    expect(before.endsWith("word ")).toBe(true);
    expect(before.startsWith("word")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(60);
    expect(after.startsWith(" tail")).toBe(true);
    expect(after).not.toContain("\n");
    expect(hitContext("a\fb c", 2, 3)).toEqual({ before: "", after: " c" });
  });

  it("ids name the document, the text, its revision and the offsets, and read back", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,25}$/), fc.constantFrom("text" as const, "raw" as const), fc.nat(), fc.nat(), fc.nat(), (doc, field, seq, start, len) => {
        const id = hitId(doc, field, seq, start, start + len);
        expect(parseHitId(id)).toEqual({ documentId: doc, field, seq: field === "text" ? seq : null, start, end: start + len });
      }),
    );
    expect(parseHitId("nonsense")).toBeNull();
  });
});

describe("coverageLine", () => {
  it("says how much was searched, how much is uncorrected, and what to try", () => {
    expect(coverageLine({ documentsSearched: 10_000, uncorrected: 7_200, total: 12, complete: true }, "words")).toBe(
      "Searched 10,000 documents: 12 documents match; 7,200 are not yet corrected, so their OCR may hide matches; try OCR-tolerant mode.",
    );
    expect(coverageLine({ documentsSearched: 1, uncorrected: 1, total: 1, complete: true }, "fuzzy")).toBe(
      "Searched 1 document: 1 document matches; it is not yet corrected, so its OCR may hide matches.",
    );
    expect(coverageLine({ documentsSearched: 400, uncorrected: 0, total: 0, complete: false }, "regex")).toBe("Searched 400 documents so far: no document matches.");
  });
});
