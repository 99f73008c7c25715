import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseUnchanged, diffWords } from "./word-diff";

const side = (diffs: [number, string][], skip: number) =>
  diffs.filter(([op]) => op !== skip).map(([, t]) => t).join("");

describe("diffWords", () => {
  it("replaces whole words", () => {
    const diffs = diffWords("between Otroshchenko, Genserslov, and", "between Otroshchenko, Generalov, and");
    expect(diffs).toContainEqual([-1, "Genserslov"]);
    expect(diffs).toContainEqual([1, "Generalov"]);
  });

  it("reproduces both texts for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const diffs = diffWords(a, b);
        return side(diffs, 1) === a && side(diffs, -1) === b;
      }),
    );
  });
});

describe("collapseUnchanged", () => {
  it("hides the middle of a long unchanged stretch and keeps context around changes", () => {
    const long = "word ".repeat(400);
    const segments = collapseUnchanged([[0, long], [-1, "old"], [1, "new"], [0, long]]);
    expect(segments[0].kind).toBe("collapsed");
    expect(segments[3].kind).toBe("collapsed");
    const first = segments[0];
    if (first.kind === "collapsed") {
      expect(first.head).toBe("");
      expect(first.tail.length).toBeGreaterThan(100);
      expect(first.head + first.hidden + first.tail).toBe(long);
    }
  });

  it("leaves short stretches alone", () => {
    expect(collapseUnchanged([[0, "short"], [1, "x"]])).toEqual([
      { kind: "equal", text: "short" },
      { kind: "insert", text: "x" },
    ]);
  });
});

describe("diffWords granularity", () => {
  it("never splits a word, even where the two spellings share letters", () => {
    const diffs = diffWords("Otroshchenko, Genserslov, and Fedor I. Lylich Kunov.", "Otroshchenko, Generalov, and Fedor I. [Il'ich] Kunov.");
    expect(diffs.filter(([op]) => op !== 0)).toEqual([[-1, "Genserslov"], [1, "Generalov"], [-1, "Lylich"], [1, "[Il'ich]"]]);
  });
});
