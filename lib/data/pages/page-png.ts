import "server-only";
import sharp from "sharp";
import { AppError } from "../../errors";
import { MAX_IMAGE_PIXELS } from "../../server/images/inspect-image";
import { getImageStore } from "../../server/storage/image-store";

/** A page image as PNG for tesseract.js, which reads no TIFF or WebP (and one page of a multi-page TIFF). */
export async function pageAsPng(page: { imageKey: string; imagePage: number; imageType: string; imageName: string }): Promise<Uint8Array> {
  const bytes = await getImageStore().read(page.imageKey);
  if (!bytes) throw new AppError("internal", `The image of ${page.imageName} is missing from the image store; run npm run fsck`);
  if (page.imageType === "image/png" || page.imageType === "image/jpeg") return bytes;
  return sharp(bytes, { page: page.imagePage, limitInputPixels: MAX_IMAGE_PIXELS }).png().toBuffer();
}
