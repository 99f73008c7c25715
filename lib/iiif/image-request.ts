import { err, ok, type Result } from "../result";

/**
 * IIIF Image API 3.0 requests, level 1 and a little more: regions full, square, x,y,w,h and
 * pct:; sizes max, w,  ,h  w,h  !w,h and pct:n (no upscaling "^"); rotation 0; qualities
 * default, color and gray; formats jpg, png and webp. Sizes are in pixels of the full image.
 */
export interface ImageRequest {
  region: { x: number; y: number; w: number; h: number };
  size: { w: number; h: number };
  quality: "default" | "color" | "gray";
  format: "jpg" | "png" | "webp";
}

/** Larger outputs are refused (maxArea in info.json), so a request cannot make the server encode a whole 100 MP scan at once. */
export const MAX_OUTPUT_AREA = 16_000_000;
export const TILE_SIZE = 512;

const NUMBER = "\\d+(?:\\.\\d+)?";
const INT = /^\d+$/;

export function parseImageRequest(
  parts: { region: string; size: string; rotation: string; qualityFormat: string },
  image: { width: number; height: number },
): Result<ImageRequest, string> {
  const region = parseRegion(parts.region, image);
  if (!region.ok) return region;
  const size = parseSize(parts.size, region.value);
  if (!size.ok) return size;
  if (parts.rotation !== "0") return err(`rotation ${parts.rotation} is not offered; only 0`);
  const qf = /^(default|color|gray)\.(jpg|png|webp)$/.exec(parts.qualityFormat);
  if (!qf) return err(`quality and format "${parts.qualityFormat}" are not offered; use default.jpg, gray.jpg or default.png`);
  if (size.value.w * size.value.h > MAX_OUTPUT_AREA) return err(`the requested size is over the maximum area of ${MAX_OUTPUT_AREA} pixels`);
  return ok({ region: region.value, size: size.value, quality: qf[1] as ImageRequest["quality"], format: qf[2] as ImageRequest["format"] });
}

function parseRegion(spec: string, { width, height }: { width: number; height: number }): Result<ImageRequest["region"], string> {
  if (spec === "full") return ok({ x: 0, y: 0, w: width, h: height });
  if (spec === "square") {
    const side = Math.min(width, height);
    return ok({ x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), w: side, h: side });
  }
  const pct = spec.startsWith("pct:");
  const values = (pct ? spec.slice(4) : spec).split(",");
  if (values.length !== 4 || !values.every((v) => new RegExp(`^${NUMBER}$`).test(v)) || (!pct && !values.every((v) => INT.test(v)))) {
    return err(`region "${spec}" is not full, square, x,y,w,h or pct:x,y,w,h`);
  }
  let [x, y, w, h] = values.map(Number) as [number, number, number, number];
  if (pct) [x, y, w, h] = [Math.round((x * width) / 100), Math.round((y * height) / 100), Math.round((w * width) / 100), Math.round((h * height) / 100)];
  if (w <= 0 || h <= 0) return err(`region "${spec}" has no area`);
  if (x >= width || y >= height) return err(`region "${spec}" lies outside the ${width} × ${height} image`);
  // The spec crops a region reaching past the edges to the image.
  return ok({ x, y, w: Math.min(w, width - x), h: Math.min(h, height - y) });
}

function parseSize(spec: string, region: { w: number; h: number }): Result<ImageRequest["size"], string> {
  if (spec.startsWith("^")) return err("upscaling (^) is not offered");
  if (spec === "max") return ok({ w: region.w, h: region.h });
  const scaled = (w: number, h: number): Result<ImageRequest["size"], string> => {
    if (w < 1 || h < 1) return err(`size "${spec}" is smaller than one pixel`);
    if (w > region.w || h > region.h) return err(`size "${spec}" is larger than the region (${region.w} × ${region.h}); upscaling is not offered`);
    return ok({ w, h });
  };
  if (spec.startsWith("pct:")) {
    const n = Number(spec.slice(4));
    if (!new RegExp(`^${NUMBER}$`).test(spec.slice(4)) || n <= 0) return err(`size "${spec}" is not pct:n`);
    return scaled(Math.round((region.w * n) / 100), Math.round((region.h * n) / 100));
  }
  const m = /^(!?)(\d*),(\d*)$/.exec(spec);
  if (!m || (m[2] === "" && m[3] === "") || (m[1] && (m[2] === "" || m[3] === ""))) return err(`size "${spec}" is not max, w,, ,h, w,h, !w,h or pct:n`);
  const w = m[2] ? Number(m[2]) : NaN, h = m[3] ? Number(m[3]) : NaN;
  if (m[1]) {
    const scale = Math.min(w / region.w, h / region.h);
    return scaled(Math.max(1, Math.round(region.w * scale)), Math.max(1, Math.round(region.h * scale)));
  }
  if (Number.isNaN(h)) return scaled(w, Math.max(1, Math.round((region.h * w) / region.w)));
  if (Number.isNaN(w)) return scaled(Math.max(1, Math.round((region.w * h) / region.h)), h);
  return scaled(w, h);
}

/** The tile scale factors info.json offers: powers of two while the scaled width stays 64 px or more. */
function scaleFactorsOf(width: number): number[] {
  const factors: number[] = [];
  for (let f = 1; f <= 64 && (width / f >= 64 || f === 1); f *= 2) factors.push(f);
  return factors;
}

/**
 * Whether a request is one that info.json advertises: a tile of the grid at one of its scale
 * factors, or the full image at one of its sizes. Viewers ask for those again and again, so only
 * those are cached; any other region (a viewer's 200 arbitrary crops wrote 82 MB in 31 s) is
 * rendered each time. A size one pixel off the exact quotient is the same tile: "w," works the
 * height out by rounding, the spec by ceiling.
 */
export function isAdvertised(req: ImageRequest, { width, height }: { width: number; height: number }): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const { region: r, size } = req;
  if (r.x === 0 && r.y === 0 && r.w === width && r.h === height) {
    return scaleFactorsOf(width).some((f) => near(size.w, Math.round(width / f)) && near(size.h, Math.round(height / f)));
  }
  return scaleFactorsOf(width).some((f) => {
    const cell = TILE_SIZE * f;
    return r.x % cell === 0 && r.y % cell === 0 && r.w === Math.min(cell, width - r.x) && r.h === Math.min(cell, height - r.y)
      && near(size.w, Math.ceil(r.w / f)) && near(size.h, Math.ceil(r.h / f));
  });
}

/** The image information document (info.json) of a page, as IIIF Image API 3.0 defines it. */
export function imageInfo(id: string, width: number, height: number) {
  const scaleFactors = scaleFactorsOf(width);
  return {
    "@context": "http://iiif.io/api/image/3/context.json",
    id,
    type: "ImageService3",
    protocol: "http://iiif.io/api/image",
    profile: "level1",
    width,
    height,
    maxArea: MAX_OUTPUT_AREA,
    sizes: scaleFactors.slice(1).map((f) => ({ width: Math.round(width / f), height: Math.round(height / f) })).reverse(),
    tiles: [{ width: TILE_SIZE, height: TILE_SIZE, scaleFactors }],
    extraQualities: ["color", "gray"],
    extraFormats: ["png", "webp"],
    extraFeatures: ["regionByPct", "sizeByPct", "sizeByConfinedWh"],
  };
}
