import { err, ok, type Result } from "../result";
import { boxInside, clampBox, isFiniteBox, scaleBox } from "./geometry";
import type { LayerProblem, PageLayer } from "./types";

/** A layer's page may differ from its image in size by this share without being taken for another image's. */
const ASPECT_TOLERANCE = 0.02;
/** More than this share of words outside the image means the layer belongs to something else. */
const MAX_OUTSIDE_SHARE = 0.05;

/**
 * Fits a layer to its image: boxes are scaled when the layer's page was measured in other units
 * or at another resolution (ALTO mm10, a downscaled scan) but has the image's shape; boxes
 * reaching past the edges are clamped, with a warning. A layer for a page of another shape, or
 * with many words outside the image, is refused.
 */
export function fitLayer(layer: PageLayer, width: number, height: number): Result<{ layer: PageLayer; warnings: string[] }, LayerProblem> {
  const warnings: string[] = [];
  const sx = width / layer.width, sy = height / layer.height;
  if (Math.abs(sx / sy - 1) > ASPECT_TOLERANCE) {
    return err({ reason: "bad_geometry", message: `its page is ${layer.width} × ${layer.height}, which is not the shape of the ${width} × ${height} image` });
  }
  const scaled = sx !== 1 || sy !== 1;
  if (scaled) warnings.push(`Boxes were scaled from the layer's ${layer.width} × ${layer.height} to the image's ${width} × ${height} pixels.`);
  let words = 0, outside = 0, clamped = 0;
  const lines = layer.lines.map((line) => {
    const fit = (box: typeof line.box) => {
      const b = scaled ? scaleBox(box, sx, sy) : box;
      if (boxInside(b, width, height)) return b;
      clamped++;
      return clampBox(b, width, height);
    };
    return {
      ...line,
      box: fit(line.box),
      words: line.words.map((w) => {
        words++;
        if (!isFiniteBox(w.box)) outside++;
        const box = fit(w.box);
        if (box[2] === 0 || box[3] === 0) outside++;
        return { ...w, box };
      }),
    };
  });
  if (words > 0 && outside / words > MAX_OUTSIDE_SHARE) {
    return err({ reason: "bad_geometry", message: `${outside} of its ${words} word boxes lie outside the ${width} × ${height} image` });
  }
  if (clamped > 0) warnings.push(`${clamped} box${clamped === 1 ? "" : "es"} reaching past the image's edges ${clamped === 1 ? "was" : "were"} cut to the image.`);
  return ok({ layer: { ...layer, width, height, lines }, warnings });
}
