import "server-only";
import sharp from "sharp";
import type { StoredLayer } from "../../layers/types";
import { decodedPage, type PageImage } from "./decoded-page";

/** Pixels added around a line's box: OCR trainers expect a little margin above and below the glyphs. */
const MARGIN = 4;

/**
 * PNG crops (grayscale) of every line of a page's raw layer, in the layer's order: the line
 * images of OCR training data. The page is decoded once.
 */
export async function cropLines({ page, layer }: { page: PageImage; layer: StoredLayer }): Promise<Uint8Array[]> {
  const { data, info } = await decodedPage(page);
  const crops: Uint8Array[] = [];
  for (const { box } of layer.lines) {
    const left = Math.max(0, Math.floor(box[0] - MARGIN)), top = Math.max(0, Math.floor(box[1] - MARGIN));
    const width = Math.min(info.width - left, Math.ceil(box[2] + 2 * MARGIN)), height = Math.min(info.height - top, Math.ceil(box[3] + 2 * MARGIN));
    if (width <= 0 || height <= 0) {
      crops.push(new Uint8Array());
      continue;
    }
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .extract({ left, top, width, height }).grayscale().png().toBuffer();
    crops.push(new Uint8Array(png));
  }
  return crops;
}
