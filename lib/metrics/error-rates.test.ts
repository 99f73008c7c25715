import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorRates } from "./error-rates";
import { levenshtein } from "./cer";

describe("error rates", () => {
  it("counts character and word edits over the reference's length", () => {
    const r = errorRates("Nikolay Ivanovich Generalov met him.", "Nikolay lvanovich Genserslov met him.");
    // I→l (1), Generalov→Genserslov: insert s, a→s (2).
    expect(r).toMatchObject({ charErrors: 3, chars: 36, wordErrors: 2, words: 5 });
    expect(r.cer).toBeCloseTo(3 / 36);
    expect(r.wer).toBeCloseTo(2 / 5);
    expect(errorRates("same", "same")).toMatchObject({ cer: 0, wer: 0 });
    expect(errorRates("", "")).toMatchObject({ cer: 0, wer: 0 });
    expect(errorRates("", "noise")).toMatchObject({ cer: 1, wer: 1 });
  });

  it("normalises to NFC and counts a letter with its combining marks as one character", () => {
    expect(errorRates("Šimon", "S\u030Cimon")).toMatchObject({ charErrors: 0, cer: 0 });
    expect(errorRates("e\u0301te\u0301", "ete\u0301")).toMatchObject({ charErrors: 1, chars: 3 });
    expect(errorRates("Il'ich 1,954.5 U.S", "Il'ich 1,954.5 U.S")).toMatchObject({ words: 3 });
  });

  it("is never below the exact Levenshtein distance, and equals it for small corrections within distinct lines", () => {
    const line = fc.array(fc.constantFrom("a", "b", "c", " ", "rn", "m", "é"), { maxLength: 20 }).map((x) => x.join(""));
    // One OCR-sized correction in a line: a character replaced, inserted or dropped.
    const fix = fc.record({ at: fc.nat(), op: fc.constantFrom("replace", "insert", "drop"), ch: fc.constantFrom("x", "m", "ü") });
    const graphemes = (s: string) => Array.from(s.normalize("NFC").match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(fc.option(fix), { maxLength: 12 }), (lines, fixes) => {
        // Numbered, as a page's lines are distinct: identical lines leave the alignment ambiguous.
        const ref = lines.map((l, i) => `${i}:${l}`).join("\n");
        const hyp = lines.map((l, i) => {
          const f = fixes[i];
          const g = graphemes(l);
          if (!f || !g.length) return `${i}:${l}`;
          const at = f.at % g.length;
          const edited = f.op === "replace" ? [...g.slice(0, at), f.ch, ...g.slice(at + 1)] : f.op === "insert" ? [...g.slice(0, at), f.ch, ...g.slice(at)] : [...g.slice(0, at), ...g.slice(at + 1)];
          return `${i}:${edited.join("")}`;
        }).join("\n");
        expect(errorRates(ref, hyp).charErrors).toBe(levenshtein(graphemes(ref), graphemes(hyp)));
      }),
    );
    // Repeated lines: still an upper bound.
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.array(fc.option(line), { maxLength: 8 }), (lines, edits) => {
        const ref = lines.join("\n");
        const hyp = lines.map((l, i) => edits[i] ?? l).join("\n");
        const exact = levenshtein(Array.from(ref.normalize("NFC").match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []), Array.from(hyp.normalize("NFC").match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []));
        expect(errorRates(ref, hyp).charErrors).toBeGreaterThanOrEqual(exact);
      }),
    );
  });
});
