import sharp, { type Metadata } from "sharp";
import { err, ok, type Result } from "../../result";

/** Images above this many pixels are refused from their header, before any decoding (decompression bombs). */
export const MAX_IMAGE_PIXELS = 100_000_000;

export interface ImagePage {
  /** The page within the file (multi-page TIFF); 0 for single images. */
  page: number;
  width: number;
  height: number;
}

export interface ImageProblem {
  reason: "image_too_large" | "image_too_many_pages" | "image_unreadable";
  message: string;
}

/**
 * Reads an image's pages and sizes from its header, refuses bombs by their declared size, then
 * decodes each page once at a small size to prove the data is whole (a truncated file has a
 * valid header). sharp's `limitInputPixels` guards the decode as well.
 */
export async function inspectImage(bytes: Uint8Array, { maxPages = Infinity }: { maxPages?: number } = {}): Promise<Result<ImagePage[], ImageProblem>> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (e) {
    return err({ reason: "image_unreadable", message: `it could not be read as an image (${firstLine(e)})` });
  }
  const count = meta.pages ?? 1;
  // Counted from the header, before a single page is looked at.
  if (count > maxPages) return err({ reason: "image_too_many_pages", message: `it has ${count.toLocaleString("en")} pages; the limit is ${maxPages.toLocaleString("en")} (WORKBENCH_MAX_PAGES)` });
  const pages: ImagePage[] = [];
  for (let page = 0; page < count; page++) {
    const pageMeta = page === 0 ? meta : await sharp(bytes, { page, limitInputPixels: false }).metadata().catch(() => null);
    const width = pageMeta?.width ?? 0, height = pageMeta?.pageHeight ?? pageMeta?.height ?? 0;
    if (width * height > MAX_IMAGE_PIXELS) {
      return err({ reason: "image_too_large", message: `its page ${page + 1} is ${width} × ${height} px (${Math.round((width * height) / 1e6)} megapixels); the limit is ${MAX_IMAGE_PIXELS / 1e6}` });
    }
    if (!(width > 0 && height > 0)) return err({ reason: "image_unreadable", message: `its page ${page + 1} has no size` });
    try {
      await sharp(bytes, { page, limitInputPixels: MAX_IMAGE_PIXELS, failOn: "truncated" }).resize(64, 64, { fit: "inside" }).png().toBuffer();
    } catch (e) {
      return err({ reason: "image_unreadable", message: `its page ${page + 1} could not be decoded (${firstLine(e)})` });
    }
    pages.push({ page, width, height });
  }
  return ok(pages);
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split("\n")[0]!.slice(0, 160);
}
