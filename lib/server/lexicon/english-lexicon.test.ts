import { describe, expect, it } from "vitest";
import { detect } from "../../suggest/detect";
import { englishLexicon } from "./english-lexicon";

describe("the English lexicon", () => {
  const lexicon = englishLexicon();

  it("knows words in any case the dictionary allows, and how common they are", () => {
    expect(lexicon.has("mission")).toBe(true);
    expect(lexicon.has("Mission")).toBe(true);
    expect(lexicon.has("february")).toBe(false);
    expect(lexicon.has("February")).toBe(true);
    expect(lexicon.frequency("the")).toBeGreaterThan(lexicon.frequency("steamer"));
    // British spellings are words too: a typescript may be British.
    expect(lexicon.has("harbour")).toBe(true);
    expect(lexicon.has("authorise")).toBe(true);
    expect(detect("The Harbour Master will authorise the colour scheme.", { lexicon })).toEqual([]);
  });

  it("offers a word the dictionary writes only with a capital, with its capital", () => {
    const found = detect("He left on 16 Pebruary and came back in late Rovember.", { lexicon });
    expect(found.map((f) => [f.text, f.candidates[0]?.text])).toEqual([
      ["Pebruary", "February"],
      ["Rovember", "November"],
    ]);
    expect(detect("the pebruary rains", { lexicon }).find((f) => f.text === "pebruary")?.candidates[0]?.text).toBe("February");
  });

  it("knows the words the dictionary also lists as names, with their plurals", () => {
    expect(lexicon.isName?.("Soviet")).toBe(true);
    expect(lexicon.isName?.("Soviets")).toBe(true);
    expect(lexicon.isName?.("Japan")).toBe(true);
    expect(lexicon.isName?.("Plant")).toBe(false);
    // "Carrie" is a name and no word: "Carries" is the verb.
    expect(lexicon.isName?.("Carries")).toBe(false);
    // So a capital mid-sentence is a misreading for the one, and a name for the other.
    // (After "a": after "the", a capital is an office or a body, "the President".)
    const found = detect("the\nSoviets had left, and a\nNightly steamer and the\nJapan trade", { lexicon });
    expect(found.map((f) => [f.text, f.candidates[0]?.text])).toEqual([["Nightly", "nightly"]]);
    // A word the dictionary also lists as a name, in small letters where the report writes the name.
    const soviet = detect("The Soviet mission. The Soviet ships. The Soviet office and the soviet officers.", { lexicon });
    expect(soviet.map((f) => [f.text, f.candidates[0]?.text])).toEqual([["soviet", "Soviet"]]);
  });

  it("reads a long word the document repeats a lookalike letter from a common word as its misreading", () => {
    const found = detect("The Fieid Office at Nishikura and the Fieid Office at Hagenfurt.", { lexicon, ignore: ["Nishikura", "Hagenfurt"] });
    expect(found.map((f) => [f.text, f.candidates[0]?.text])).toEqual([
      ["Fieid", "Field"],
      ["Fieid", "Field"],
    ]);
  });

  it("reads a long word in capitals one letter from a dictionary word as a header's misreading", () => {
    const found = detect("NOT RELRASABLE TO FOREIGN MATIONALS", { lexicon });
    expect(found.map((f) => [f.text, f.candidates[0]?.text])).toEqual([
      ["RELRASABLE", "RELEASABLE"],
      ["MATIONALS", "NATIONALS"],
    ]);
  });
});
