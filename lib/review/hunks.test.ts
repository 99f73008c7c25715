import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySelectedHunks, describeHunk, describePartialApproval, proposalHunks, describeChange } from "./hunks";

const BASE = "Otroshchenko, Genserslov, and the Japanese. Fedor I. Lylich Kunov. Genserslov left.";
const PROPOSAL = "Otroshchenko, Generalov, and the Japanese. Fedor I. [Il'ich] Kunov. Generalov left.";

describe("proposal hunks", () => {
  it("numbers each change in text order", () => {
    expect(proposalHunks(BASE, PROPOSAL).map((h) => [h.index, h.before, h.after])).toEqual([
      [0, "Genserslov", "Generalov"],
      [1, "Lylich", "[Il'ich]"],
      [2, "Genserslov", "Generalov"],
    ]);
  });

  it("applies all, none or some of them", () => {
    const hunks = proposalHunks(BASE, PROPOSAL);
    expect(applySelectedHunks(BASE, hunks, [0, 1, 2])).toBe(PROPOSAL);
    expect(applySelectedHunks(BASE, hunks, [])).toBe(BASE);
    expect(applySelectedHunks(BASE, hunks, [1])).toBe(BASE.replace("Lylich", "[Il'ich]"));
    expect(applySelectedHunks(BASE, hunks, [2, 0, 99])).toBe(BASE.replaceAll("Genserslov", "Generalov"));
  });

  it("all hunks rebuild the proposal and none the base, for any texts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const hunks = proposalHunks(a, b);
        return applySelectedHunks(a, hunks, hunks.map((h) => h.index)) === b && applySelectedHunks(a, hunks, []) === a;
      }),
      { numRuns: 500 },
    );
  });
});

describe("describePartialApproval", () => {
  it("says in words which changes were approved and which were left out", () => {
    const base = "Kuzma N. Nikolayevich Derevyanko and Lylich";
    const proposed = "Kuzma N. [Nikolayevich] Derevyanko and [Il'ich]";
    const hunks = proposalHunks(base, proposed);
    expect(hunks).toHaveLength(2);
    const partial = describePartialApproval(hunks, [1]);
    expect(partial.summary).toBe("approved 1 of 2 changes; left out: Nikolayevich → [Nikolayevich]");
    expect(partial.accepted.map(describeHunk)).toEqual(["Lylich → [Il'ich]"]);
    expect(describePartialApproval(hunks, [0, 1]).summary).toBe("approved 2 of 2 changes");
    expect(describeHunk({ before: " ", after: "x" })).toBe("(nothing) → x");
  });
});

describe("describeChange", () => {
  it("counts the words a change touches", () => {
    expect(describeChange("Genserslov met Otrosh", "Generalov met Otroshchenko")).toBe("2 words changed");
    expect(describeChange("Kuzma N. Derevyanko", "Kuzma N. [Nikolayevich] Derevyanko")).toBe("1 word changed");
    expect(describeChange("a b c", "a b c d e f")).toBe("3 words changed");
    expect(describeChange("rocf and rocf", "roof and roof")).toBe("2 words changed");
  });

  it("names a change of spacing or punctuation alone, and nothing for no change", () => {
    expect(describeChange("Tokyo,where", "Tokyo, where")).toBe("1 change to spacing or punctuation");
    expect(describeChange("Tokyo ,where", "Tokyo, where")).toBe("2 changes to spacing or punctuation");
    expect(describeChange("same", "same")).toBeNull();
  });
});
