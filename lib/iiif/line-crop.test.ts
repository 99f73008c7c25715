import { describe, expect, it } from "vitest";
import { lineCropUrl } from "./line-crop";

describe("lineCropUrl", () => {
  it("widens the line by the margin, in whole pixels, never past the page's top-left edge", () => {
    expect(lineCropUrl("p1", [20, 200, 160, 24])).toBe("/iiif/p1/14,194,172,36/max/0/default.jpg");
    expect(lineCropUrl("p1", [2.4, 3, 10.2, 5], 6)).toBe("/iiif/p1/0,0,19,14/max/0/default.jpg");
  });
});
