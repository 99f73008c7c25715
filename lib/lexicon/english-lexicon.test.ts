import { describe, expect, it } from "vitest";
import { detect } from "../suggest/detect";
import { englishLexicon } from "./english-lexicon";

describe("the English lexicon", () => {
  const lexicon = englishLexicon();

  it("knows words in any case the dictionary allows, and how common they are", () => {
    expect(lexicon.has("mission")).toBe(true);
    expect(lexicon.has("Mission")).toBe(true);
    expect(lexicon.has("february")).toBe(false);
    expect(lexicon.has("February")).toBe(true);
    expect(lexicon.frequency("the")).toBeGreaterThan(lexicon.frequency("steamer"));
  });

  it("offers a word the dictionary writes only with a capital, with its capital", () => {
    const found = detect("He left on 16 Pebruary and came back in late Rovember.", { lexicon });
    expect(found.map((f) => [f.text, f.candidates[0]?.text])).toEqual([
      ["Pebruary", "February"],
      ["Rovember", "November"],
    ]);
    expect(detect("the pebruary rains", { lexicon }).find((f) => f.text === "pebruary")?.candidates[0]?.text).toBe("February");
  });

  it("reads a long word in capitals one letter from a dictionary word as a header's misreading", () => {
    const found = detect("NOT RELRASABLE TO FOREIGN MATIONALS", { lexicon });
    expect(found.map((f) => [f.text, f.candidates[0]?.text])).toEqual([
      ["RELRASABLE", "RELEASABLE"],
      ["MATIONALS", "NATIONALS"],
    ]);
  });
});
