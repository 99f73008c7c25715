import "server-only";
import sharp, { type OutputInfo } from "sharp";
import { AppError } from "../../errors";
import { MAX_IMAGE_PIXELS } from "../../server/images/inspect-image";
import { getImageStore } from "../../server/storage/image-store";

export interface PageImage {
  imageKey: string;
  imagePage: number;
  width: number;
  height: number;
}

/**
 * Decoded pages, kept so that the tiles of one page (dozens at every zoom) decode its PNG once.
 * Raw pixels cost width × height × channels bytes; the cache holds up to this many.
 */
const DECODED_BUDGET_BYTES = 256 * 1024 * 1024;
const decoded = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();
let decodedBytes = 0;

export async function decodedPage(page: PageImage) {
  const key = `${page.imageKey}:${page.imagePage}`;
  const hit = decoded.get(key);
  if (hit) {
    decoded.delete(key);
    decoded.set(key, hit); // most recently used last
    return hit;
  }
  const pending = (async () => {
    const bytes = await getImageStore().read(page.imageKey);
    if (!bytes) throw new AppError("not_found", `The image of this page is missing from the image store (${page.imageKey.slice(0, 12)}…); run npm run fsck`);
    return sharp(bytes, { page: page.imagePage, limitInputPixels: MAX_IMAGE_PIXELS }).raw().toBuffer({ resolveWithObject: true });
  })();
  decoded.set(key, pending);
  pending.then(
    ({ data }) => {
      decodedBytes += data.length;
      for (const [k, v] of decoded) {
        if (decodedBytes <= DECODED_BUDGET_BYTES || k === key) break;
        decoded.delete(k);
        void v.then((d) => (decodedBytes -= d.data.length));
      }
    },
    () => decoded.delete(key),
  );
  return pending;
}

