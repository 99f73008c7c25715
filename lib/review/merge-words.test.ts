import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasLoneSurrogate } from "../revisions/surrogates";
import { isTokenBoundary } from "../revisions/word-diff";
import { changeRegions, mergeWords } from "./merge-words";

describe("mergeWords", () => {
  it("merges disjoint changes", () => {
    expect(mergeWords("teh cat sat on teh mat", "the cat sat on teh mat", "teh cat sat on the mat")).toEqual({
      ok: true,
      value: "the cat sat on the mat",
    });
  });

  it("reports overlapping changes as a conflict, never a blend", () => {
    const result = mergeWords("teh cat", "the cat", "ten cat");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.conflicts).toEqual([{ kind: "conflict", base: "teh", mine: "the", theirs: "ten", baseOffset: 0 }]);
  });

  it("accepts the same fix made on both sides", () => {
    const base = "between Otroshchenko, Genserslov, and the Japanese";
    const fixed = base.replace("Genserslov", "Generalov");
    expect(mergeWords(base, fixed, fixed)).toEqual({ ok: true, value: fixed });
  });

  it("merges changes to neighbouring words, and conflicts when both touch the same word", () => {
    const base = "Kuzma N. Nikolayevich Derevyanko";
    expect(mergeWords(base, "Kuzma N. [Nikolayevich] Derevyanko", "Kuzma N. Nikolayevich Derevyanko, Lt. General")).toEqual({
      ok: true,
      value: "Kuzma N. [Nikolayevich] Derevyanko, Lt. General",
    });
    // An insertion next to a word the other side deleted touches the same place: a person decides.
    expect(mergeWords("A B C", "A B X C", "A C").ok).toBe(false);
  });

  it("merges fixes to words one space apart, even when the head fixed several neighbours", () => {
    expect(mergeWords("alpha beta gamma delta", "ALPHA beta gamma delta", "alpha BETA GAMMA delta")).toEqual({ ok: true, value: "ALPHA BETA GAMMA delta" });
  });

  it("never splits an astral character", () => {
    const result = mergeWords("x🅱y z", "x🅰y z", "x🅱y w");
    expect(result).toEqual({ ok: true, value: "x🅰y w" });
    const conflict = mergeWords("x🅱y", "x🅰y", "x😀y");
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) for (const c of conflict.error.conflicts) expect(hasLoneSurrogate(c.mine + c.theirs + c.base)).toBe(false);
  });

  it("keeps the other text of a conflicted merge for the conflict view", () => {
    const result = mergeWords("one teh two", "one the two", "one ten two");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.segments.map((s) => s.kind)).toEqual(["ok", "conflict", "ok"]);
      expect(result.error.conflicts[0].baseOffset).toBe(4);
    }
  });

  // Base words are distinct: in a run of identical words an edit has several equally minimal
  // alignments, and the word diff may pick another one than the author meant (a valid but different merge).
  const REPLACEMENTS = fc.constantFrom("Generalov", "Genserslov", "Tokyo", "the", "teh", "Молотов", "😀", "é");
  const distinctWords = (min: number, max: number) =>
    fc.array(fc.constantFrom("report", "mission", "Soviet", "Japan", "cable"), { minLength: min, maxLength: max }).map((ws) => ws.map((w, i) => `${w}${i}`));

  it("equals applying both sides for random disjoint edits", () => {
    const word = REPLACEMENTS;
    fc.assert(
      fc.property(
        distinctWords(4, 40),
        fc.array(fc.tuple(fc.nat(), word)),
        fc.array(fc.tuple(fc.nat(), word)),
        (words, mineEdits, theirEdits) => {
          const base = words.join(" ");
          // Mine edits words at positions 0, 4, 8…, theirs at 2, 6, 10…: never the same word nor a
          // neighbour, so each change has unchanged words on both sides.
          const mine = [...words];
          const theirs = [...words];
          const both = [...words];
          for (const [i, w] of mineEdits) {
            const at = 4 * (i % Math.ceil(words.length / 4));
            if (at >= words.length) continue;
            mine[at] = w;
            both[at] = w;
          }
          for (const [i, w] of theirEdits) {
            const at = 4 * (i % Math.ceil(words.length / 4)) + 2;
            if (at >= words.length) continue;
            theirs[at] = w;
            both[at] = w;
          }
          const merged = mergeWords(base, mine.join(" "), theirs.join(" "));
          return merged.ok && merged.value === both.join(" ");
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("mergeWords safety", () => {
  it("never merges neighbouring edits into anything but both applied: it merges right or reports a conflict", () => {
    const word = fc.constantFrom("Generalov", "Genserslov", "the", "teh", "😀");
    const words = fc.array(fc.constantFrom("report", "mission", "Soviet"), { minLength: 2, maxLength: 20 }).map((ws) => ws.map((w, i) => `${w}${i}`));
    fc.assert(
      fc.property(words, fc.nat(), word, word, (words, i, w1, w2) => {
        const at = i % (words.length - 1);
        const mine = [...words];
        const theirs = [...words];
        mine[at] = w1;
        theirs[at + 1] = w2;
        const both = [...words];
        both[at] = w1;
        both[at + 1] = w2;
        const merged = mergeWords(words.join(" "), mine.join(" "), theirs.join(" "));
        return !merged.ok || merged.value === both.join(" ");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("changeRegions", () => {
  const texts = fc.array(fc.constantFrom("teh", "the", "cat", "Genserslov", "Generalov", "😀", "🅱", "🅰", " ", "  ", "\n", ",", "["), { maxLength: 25 }).map((t) => t.join(""));

  it("covers whole tokens of the base, in order, and applied to the base gives the other text", () => {
    fc.assert(
      fc.property(texts, texts, (base, other) => {
        const regions = changeRegions(base, other);
        let out = "";
        let at = 0;
        for (const r of regions) {
          if (r.start < at || r.end < r.start) return false;
          if (!isTokenBoundary(base, r.start) || !isTokenBoundary(base, r.end)) return false;
          out += base.slice(at, r.start) + r.after;
          at = r.end;
        }
        return out + base.slice(at) === other;
      }),
      { numRuns: 500 },
    );
  });

  it("widens a changed letter to its word", () => {
    expect(changeRegions("met Genserslov in", "met Generalov in")).toEqual([{ start: 4, end: 14, after: "Generalov" }]);
  });
});
