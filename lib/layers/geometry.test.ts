import { describe, expect, it } from "vitest";
import { changeRegion, regionOfLines } from "./geometry";
import type { Box } from "./types";

const line = (y: number): { box: Box } => ({ box: [20, y, 500, 30] });
const LINES = [line(20), line(80), line(140), line(200)];

describe("regionOfLines", () => {
  it("keeps to the lines the region holds half of, with a little room, across the region's width", () => {
    // Drawn from the middle of line 1 to a third into line 4: lines 2 and 3 (and line 1's lower half: 15 of 30).
    expect(regionOfLines([100, 35, 200, 175], LINES)).toEqual([100, 14, 200, 162]);
    expect(regionOfLines([100, 36, 200, 174], LINES)).toEqual([100, 74, 200, 102]);
  });
  it("answers the region as drawn where no line lies", () => {
    expect(regionOfLines([0, 300, 100, 50], LINES)).toEqual([0, 300, 100, 50]);
  });
});

describe("changeRegion", () => {
  const page = {
    width: 600, height: 400,
    words: [{ start: 0, end: 7, box: [20, 20, 140, 30] as Box }, { start: 8, end: 18, box: [180, 20, 200, 30] as Box }, { start: 19, end: 24, box: [20, 80, 110, 30] as Box }],
    lines: [{ start: 0, end: 18, box: [20, 20, 360, 30] as Box }, { start: 19, end: 24, box: [20, 80, 110, 30] as Box }],
  };
  it("frames the words a change touches, with room, cut to the page", () => {
    expect(changeRegion({ start: 8, end: 18 }, page)).toEqual([120, 5, 320, 60]);
    expect(changeRegion({ start: 8, end: 24 }, page)).toEqual([0, 5, 440, 120]);
  });
  it("frames the word at an insertion's place, and answers null off the page's words", () => {
    expect(changeRegion({ start: 18, end: 18 }, page)).toEqual([120, 5, 320, 60]);
    expect(changeRegion({ start: 40, end: 41 }, page)).toBeNull();
  });
});
