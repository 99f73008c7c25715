import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedWords } from "./changed-words";
import { makeRevision } from "./make-revision";

const count = (a: string, b: string) => changedWords(a, b, makeRevision(a, b).diffs);

describe("changedWords", () => {
  it("counts words as a person would", () => {
    expect(count("Report by Genserslov.", "Report by Genserslov.")).toBe(0);
    expect(count("Report by Genserslov.", "Report by Generalov.")).toBe(1);
    expect(count("Kuzma N. Derevyanko and Genserslov met", "Kuzma N. [Nikolayevich] Derevyanko and Generalov met")).toBe(2);
    expect(count("the the report", "the report")).toBe(1);
    expect(count("one two three", "one three")).toBe(1);
    expect(count("a report,dated", "a report, dated")).toBe(1);
    expect(count("", "three new words")).toBe(3);
    expect(count("\n.", ".a")).toBe(2);
  });

  it("is at least 1 for any change, 0 for none, and never more than the words on both sides plus the changes of spacing and punctuation alone", () => {
    const text = fc.array(fc.constantFrom("a", "b", "Gen", " ", "\n", ".", "é"), { maxLength: 30 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const n = count(a, b);
        if (a === b) return n === 0;
        const words = (s: string) => (s.match(/[\p{L}\p{M}\p{N}_'’-]+/gu) ?? []).length;
        // A change of spacing or punctuation alone ("\n." → ".a" joins two lines, then adds a word) counts 1 of its own.
        const wordless = makeRevision(a, b).diffs.filter(([op, t]) => op !== 0 && words(t) === 0).length;
        return n >= 1 && n <= words(a) + words(b) + wordless;
      }),
    );
  });
});
