import { describe, expect, it } from "vitest";
import { locateOffset, offsetAtPoint, type PageBoxes } from "./locate";

// "Comrade Genserslov\nKuzma N." on page 0, "Page two" on page 1 after a "\f".
const page0: PageBoxes = {
  start: 0, end: 27,
  words: [
    { start: 0, end: 7, box: [10, 10, 70, 20] }, { start: 8, end: 18, box: [90, 10, 100, 20] },
    { start: 19, end: 24, box: [10, 40, 50, 20] }, { start: 25, end: 27, box: [70, 40, 20, 20] },
  ],
  lines: [{ start: 0, end: 18, box: [10, 10, 180, 20] }, { start: 19, end: 27, box: [10, 40, 80, 20] }],
};
const page1: PageBoxes = { start: 28, end: 36, words: [{ start: 28, end: 32, box: [5, 5, 40, 20] }, { start: 33, end: 36, box: [50, 5, 30, 20] }], lines: [{ start: 28, end: 36, box: [5, 5, 75, 20] }] };

describe("locateOffset", () => {
  it("finds the word and line holding an offset, the word's end included", () => {
    expect(locateOffset([page0, page1], 10)).toEqual({ page: 0, word: [90, 10, 100, 20], line: [10, 10, 180, 20] });
    expect(locateOffset([page0, page1], 18)!.word).toEqual([90, 10, 100, 20]);
    expect(locateOffset([page0, page1], 30)).toMatchObject({ page: 1, word: [5, 5, 40, 20] });
  });

  it("gives only the line between words, and nothing off every page", () => {
    expect(locateOffset([page0, page1], 7)!.word).toEqual([10, 10, 70, 20]);
    expect(locateOffset([{ ...page0, words: [] }], 3)).toEqual({ page: 0, word: null, line: [10, 10, 180, 20] });
    expect(locateOffset([page0, null], 30)).toBeNull();
  });
});

describe("offsetAtPoint", () => {
  it("finds the word under the point, else the nearest word of the line, else nothing", () => {
    expect(offsetAtPoint(page0, 100, 15)).toBe(8);
    expect(offsetAtPoint(page0, 63, 50)).toBe(19); // between "Kuzma" (ends 60) and "N." (starts 70): nearer Kuzma
    expect(offsetAtPoint(page0, 500, 500)).toBeNull();
  });
});
