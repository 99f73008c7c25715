import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import sharp from "sharp";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { imageInfo, isAdvertised, parseImageRequest } from "../../iiif/image-request";
import { getImageStore } from "../../server/storage/image-store";
import { TileCache } from "../../server/storage/tile-cache";
import { decodedPage, type PageImage } from "./decoded-page";

export const IIIF_MIME = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" } as const;


/** A live page's image facts; 404 for an unknown page or one of a deleted document. */
async function readPageImage(pageId: string): Promise<PageImage> {
  const page = await getDb().page.findFirst({
    where: { id: pageId, document: { deletedAt: null } },
    select: { imageKey: true, imagePage: true, width: true, height: true },
  });
  if (!page) throw new AppError("not_found", `No page with id ${pageId}`);
  return page;
}

export async function getPageImageInfo({ pageId, base }: { pageId: string; base: string }) {
  const page = await readPageImage(pageId);
  return imageInfo(base, page.width, page.height);
}

/** One cache per folder (the image store's may change between tests), shared by the process's requests. */
const caches = new Map<string, TileCache>();
function tileCache(): TileCache {
  const dir = path.join(getImageStore().cacheDir(), "iiif");
  let cache = caches.get(dir);
  if (!cache) caches.set(dir, (cache = new TileCache(dir)));
  return cache;
}

/**
 * One IIIF Image API request. The tiles and sizes info.json advertises are cached on disk by the
 * image's hash and the request, under WORKBENCH_TILE_CACHE_BYTES with the least recently used
 * out first; any other region is rendered each time. Answers the bytes and their type; 400 for
 * a request the service does not offer.
 */
export async function renderPageImage({ pageId, region, size, rotation, qualityFormat }: { pageId: string; region: string; size: string; rotation: string; qualityFormat: string }) {
  const page = await readPageImage(pageId);
  const parsed = parseImageRequest({ region, size, rotation, qualityFormat }, page);
  if (!parsed.ok) throw new AppError("bad_request", `This IIIF request is not offered: ${parsed.error}`);
  const req = parsed.value;
  const cacheKey = createHash("sha256").update(JSON.stringify([page.imageKey, page.imagePage, req])).digest("hex");
  const cacheable = isAdvertised(req, page);
  const cached = cacheable ? await tileCache().read(cacheKey, req.format) : null;
  if (cached) return { bytes: cached, type: IIIF_MIME[req.format], cache: "hit" as const };
  const { data, info } = await decodedPage(page);
  let image = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract({ left: req.region.x, top: req.region.y, width: req.region.w, height: req.region.h });
  if (req.size.w !== req.region.w || req.size.h !== req.region.h) image = image.resize(req.size.w, req.size.h, { fit: "fill" });
  if (req.quality === "gray") image = image.grayscale();
  const bytes = await (req.format === "jpg" ? image.jpeg({ quality: 85 }) : req.format === "png" ? image.png() : image.webp()).toBuffer();
  if (!cacheable) return { bytes, type: IIIF_MIME[req.format], cache: "none" as const };
  await tileCache().write(cacheKey, req.format, bytes);
  return { bytes, type: IIIF_MIME[req.format], cache: "miss" as const };
}
