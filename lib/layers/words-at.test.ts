import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeRegions } from "../anchoring/map-offset";
import { makeRevision } from "../revisions/make-revision";
import { placeWords } from "./place-words";
import type { PageLayer } from "./types";
import { wordsAt, wordsAtText } from "./words-at";

/** A layer from lines of words; each word gets a distinct box so a test can tell them apart. */
function layerOf(lines: string[][]): PageLayer {
  let n = 0;
  return {
    source: "alto", format: "alto-v4", width: 10_000, height: 10_000,
    lines: lines.map((words, li) => ({
      box: [0, li * 40, 9_000, 30] as const,
      words: words.map((text) => ({ text, box: [n * 10, li * 40, 9, 30] as const, confidence: { value: 0.5, original: 0.5, scale: "unit" as const }, id: `w${n++}` })),
    })),
  };
}

describe("wordsAt", () => {
  const { text: raw, lines } = placeWords(layerOf([["Comrade", "Genserslov", "arrived"], ["Kuzma", "N.", "Derevyanko"]]));

  it("keeps the box and confidence of unchanged words, and a corrected word's box", () => {
    const text = raw.replace("Genserslov", "Generalov");
    const { words } = wordsAtText(raw, text, lines);
    expect(words.map((w) => [w.text, w.origin])).toEqual([
      ["Comrade", "ocr"], ["Generalov", "corrected"], ["arrived", "ocr"], ["Kuzma", "ocr"], ["N.", "ocr"], ["Derevyanko", "ocr"],
    ]);
    expect(words[1]!.box).toEqual(lines[0]!.words[1]!.box);
    expect(words[1]!.confidence).toBeUndefined();
    expect(words[0]!.confidence!.value).toBe(0.5);
  });

  it("gives an inserted word its line's box and drops a deleted word", () => {
    const text = raw.replace("N. ", "N. [Nikolayevich] ").replace(" arrived", "");
    const { words } = wordsAtText(raw, text, lines);
    const inserted = words.find((w) => w.text === "[Nikolayevich]")!;
    expect(inserted).toMatchObject({ origin: "inserted", box: lines[1]!.box, line: 1 });
    expect(words.map((w) => w.text)).not.toContain("arrived");
  });

  it("gives a word made of two raw words the union of their boxes", () => {
    const text = raw.replace("Kuzma N.", "KuzmaN.");
    const merged = wordsAtText(raw, text, lines).words.find((w) => w.text === "KuzmaN.")!;
    const [k, n] = lines[1]!.words;
    expect(merged.origin).toBe("corrected");
    expect(merged.box).toEqual([k!.box[0], k!.box[1], n!.box[0] + n!.box[2] - k!.box[0], 30]);
  });

  it("limits the words to a page's range", () => {
    const { words } = wordsAtText(raw, raw, lines, { start: lines[1]!.start, end: lines[1]!.end });
    expect(words.map((w) => w.text)).toEqual(["Kuzma", "N.", "Derevyanko"]);
  });

  const wordArb = fc.stringMatching(/^[A-Za-z.\[\]-]{1,8}$/);
  const layerArb = fc.array(fc.array(wordArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }).map(layerOf);
  const editArb = fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.stringMatching(/^[A-Za-z \n]{0,6}$/) }), { maxLength: 6 });

  it("never points outside the text, and a word no change touched keeps its exact box (property)", () => {
    fc.assert(fc.property(layerArb, editArb, (layer, edits) => {
      const { text: rawText, lines: anchored } = placeWords(layer);
      let text = rawText;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
      }
      const regions = changeRegions(makeRevision(rawText, text).diffs);
      const { words } = wordsAt(anchored, regions, text);
      for (const w of words) {
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(w.start, w.end)).toBe(w.text);
      }
      for (const raw of anchored.flatMap((l) => l.words)) {
        // Untouched: no change region meets the word or the whitespace on either side of it.
        const touched = regions.some((r) => r.from <= raw.end && r.to >= raw.start);
        if (touched) continue;
        const kept = words.find((w) => w.text === raw.text && w.origin === "ocr" && w.box === raw.box);
        expect(kept, `${raw.text} in ${JSON.stringify(text)}`).toBeDefined();
      }
    }), { numRuns: 300 });
  });
});
