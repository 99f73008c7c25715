import { describe, expect, it } from "vitest";
import { regionOfLines } from "./geometry";
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
