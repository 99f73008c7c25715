import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseUnchanged, diffWords, isTokenBoundary, tokenize } from "./word-diff";

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
  const texts = fc.array(fc.constantFrom("teh", "the", "cat", "Genserslov", "Generalov", "😀", "🅱", " ", "  ", "\n", "\f", ",", "é", "[", "]"), { maxLength: 30 }).map((t) => t.join(""));

  it("starts and ends every change on token boundaries of both texts", () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        let inA = 0;
        let inB = 0;
        for (const [op, text] of diffWords(a, b)) {
          if (!isTokenBoundary(a, inA) || !isTokenBoundary(b, inB)) return false;
          if (op !== 1) inA += text.length;
          if (op !== -1) inB += text.length;
        }
        return side(diffWords(a, b), 1) === a && side(diffWords(a, b), -1) === b;
      }),
    );
  });

  it("agrees with tokenize on where tokens start", () => {
    fc.assert(
      fc.property(texts, (t) => {
        const starts = new Set<number>([t.length]);
        let at = 0;
        for (const token of tokenize(t)) {
          starts.add(at);
          at += token.length;
        }
        return Array.from({ length: t.length + 1 }, (_, i) => i).every((i) => isTokenBoundary(t, i) === starts.has(i));
      }),
    );
  });

  it("never splits a word, even where the two spellings share letters", () => {
    const diffs = diffWords("Otroshchenko, Genserslov, and Fedor I. Lylich Kunov.", "Otroshchenko, Generalov, and Fedor I. [Il'ich] Kunov.");
    expect(diffs.filter(([op]) => op !== 0)).toEqual([[-1, "Genserslov"], [1, "Generalov"], [-1, "Lylich"], [1, "[Il'ich]"]]);
  });
});
