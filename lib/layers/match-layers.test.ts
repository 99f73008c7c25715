import { describe, expect, it } from "vitest";
import { matchLayers } from "./match-layers";

const images = (...files: string[]) => files.map((file) => ({ file }));

describe("matchLayers", () => {
  it("pairs by the image a layer names, before file names", () => {
    const m = matchLayers(images("a.png", "b.png"), [{ file: "a.xml", imageName: "b.png" }, { file: "b.hocr", imageName: "a.png" }]);
    expect(m.layerOf).toEqual([1, 0]);
    expect(m.unmatched).toEqual([]);
  });

  it("pairs by stem, ignoring .hocr/.xml and case", () => {
    const m = matchLayers(images("ts01.p1.light.png", "ts01.p2.PNG"), [{ file: "ts01.p2.xml" }, { file: "TS01.p1.light.hocr" }]);
    expect(m.layerOf).toEqual([1, 0]);
  });

  it("pairs the last image and layer left, and lets explicit pairs win", () => {
    expect(matchLayers(images("scan.tif"), [{ file: "ocr-output.xml" }]).layerOf).toEqual([0]);
    const m = matchLayers(images("a.png", "b.png"), [{ file: "a.xml" }], new Map([["a.xml", "b.png"]]));
    expect(m.layerOf).toEqual([null, 0]);
  });

  it("reports a layer naming an image that was not uploaded", () => {
    const m = matchLayers(images("a.png", "b.png"), [{ file: "c.xml", imageName: "c.png" }]);
    expect(m.layerOf).toEqual([null, null]);
    expect(m.unmatched).toEqual([{ layer: 0, message: expect.stringContaining("c.png") }]);
  });
});
