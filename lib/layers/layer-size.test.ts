import { describe, expect, it } from "vitest";
import { layerSizeProblem, MAX_PAGE_WORDS } from "./layer-size";
import type { LayerLine } from "./types";

const layerOf = (words: number) => {
  const lines: LayerLine[] = [];
  for (let i = 0; i < words; i += 10) lines.push({ box: [0, 0, 1, 1], words: Array.from({ length: Math.min(10, words - i) }, () => ({ text: "w", box: [0, 0, 1, 1] as const })) });
  return { lines };
};

describe("layerSizeProblem", () => {
  it("takes a page of 20,000 words and refuses one more, naming the limit", () => {
    expect(layerSizeProblem(layerOf(MAX_PAGE_WORDS))).toBeNull();
    expect(layerSizeProblem(layerOf(MAX_PAGE_WORDS + 1))).toEqual({ reason: "xml_limit", message: "its page has 20,001 words; one page may have 20,000 (the limit)" });
  });
});
