import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord } from "./words";

const slowFold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

describe("foldWord", () => {
  it("folds as the index does: lower case, accents dropped", () => {
    expect(foldWord("Šimon")).toBe("simon");
    expect(foldWord("GENERALOV")).toBe("generalov");
    expect(foldWord("Kuzmá")).toBe("kuzma");
  });

  it("gives the same fold on the ASCII fast path as the full one, for any word", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (w) => foldWord(w) === slowFold(w)));
  });
});
