import { describe, expect, it } from "vitest";
import { imageInfo, MAX_OUTPUT_AREA, parseImageRequest, isAdvertised } from "./image-request";

const image = { width: 2400, height: 3000 };
const parse = (region: string, size: string, rotation = "0", qualityFormat = "default.jpg") => parseImageRequest({ region, size, rotation, qualityFormat }, image);
const value = (r: ReturnType<typeof parse>) => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe("parseImageRequest", () => {
  it("reads the level 1 regions: full, square and pixels, cropping at the edges", () => {
    expect(value(parse("full", "max")).region).toEqual({ x: 0, y: 0, w: 2400, h: 3000 });
    expect(value(parse("square", "max")).region).toEqual({ x: 0, y: 300, w: 2400, h: 2400 });
    expect(value(parse("2048,2560,512,512", "max")).region).toEqual({ x: 2048, y: 2560, w: 352, h: 440 });
    expect(value(parse("pct:50,50,50,50", "max")).region).toEqual({ x: 1200, y: 1500, w: 1200, h: 1500 });
  });

  it("reads the sizes w, ,h w,h !w,h and pct:n against the region", () => {
    expect(value(parse("0,0,1024,1024", "512,")).size).toEqual({ w: 512, h: 512 });
    expect(value(parse("full", ",300")).size).toEqual({ w: 240, h: 300 });
    expect(value(parse("full", "100,50")).size).toEqual({ w: 100, h: 50 });
    expect(value(parse("full", "!240,240")).size).toEqual({ w: 192, h: 240 });
    expect(value(parse("full", "pct:10")).size).toEqual({ w: 240, h: 300 });
  });

  it("refuses what it does not offer, naming it", () => {
    for (const [region, size, rotation, qf] of [
      ["0,0,0,10", "max", "0", "default.jpg"],
      ["2400,0,10,10", "max", "0", "default.jpg"],
      ["../etc", "max", "0", "default.jpg"],
      ["full", "^max", "0", "default.jpg"],
      ["0,0,100,100", "200,", "0", "default.jpg"],
      ["full", "max", "90", "default.jpg"],
      ["full", "max", "0", "bitonal.gif"],
      ["full", "!100,", "0", "default.jpg"],
    ] as const) {
      expect(parse(region, size, rotation, qf).ok, `${region}/${size}/${rotation}/${qf}`).toBe(false);
    }
  });

  it("refuses outputs over the maximum area", () => {
    const huge = parseImageRequest({ region: "full", size: "max", rotation: "0", qualityFormat: "default.jpg" }, { width: 5000, height: 5000 });
    expect(huge).toEqual({ ok: false, error: expect.stringContaining(String(MAX_OUTPUT_AREA)) });
  });
});

describe("imageInfo", () => {
  it("describes a level 1 ImageService3 with tiles and scale factors down to a small image", () => {
    const info = imageInfo("https://x/iiif/p1", 2400, 3000);
    expect(info).toMatchObject({ type: "ImageService3", profile: "level1", width: 2400, height: 3000 });
    expect(info.tiles[0]!.scaleFactors).toEqual([1, 2, 4, 8, 16, 32]);
    expect(info.sizes[0]).toEqual({ width: 75, height: 94 });
  });
});

describe("isAdvertised: what the tile cache keeps", () => {
  const image = { width: 2000, height: 1500 };
  const req = (region: string, size: string) => {
    const r = parseImageRequest({ region, size, rotation: "0", qualityFormat: "default.jpg" }, image);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it("a tile of the grid at each scale factor, in any spelling of its size, is advertised", () => {
    expect(isAdvertised(req("0,0,512,512", "512,512"), image)).toBe(true);
    expect(isAdvertised(req("1024,512,512,512", "512,"), image)).toBe(true);
    // The last column and row are cut by the image's edge.
    expect(isAdvertised(req("1536,1024,464,476", "464,476"), image)).toBe(true);
    // Scale factor 2: cells of 1024 px, given at 512.
    expect(isAdvertised(req("1024,0,976,1024", "488,512"), image)).toBe(true);
    expect(isAdvertised(req("0,0,1024,1024", "512,"), image)).toBe(true);
  });

  it("the full image at an offered size is advertised", () => {
    expect(isAdvertised(req("full", "max"), image)).toBe(true);
    expect(isAdvertised(req("full", "250,"), image)).toBe(true);
    expect(isAdvertised(req("full", "!500,500"), image)).toBe(true);
  });

  it("anything else is not: an arbitrary crop, a tile off the grid, a tile at the wrong size, a size not offered", () => {
    expect(isAdvertised(req("180,20,200,30", "100,"), image)).toBe(false);
    expect(isAdvertised(req("1,0,512,512", "512,"), image)).toBe(false);
    expect(isAdvertised(req("0,0,512,512", "256,"), image)).toBe(false);
    expect(isAdvertised(req("0,0,512,512", "510,"), image)).toBe(false);
    expect(isAdvertised(req("full", "300,"), image)).toBe(false);
  });
});
