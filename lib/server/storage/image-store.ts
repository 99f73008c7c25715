import "server-only";
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "../db";
import type { BlobStore } from "./blob-store";
import { diskStore } from "./disk-store";

/**
 * The image folder: WORKBENCH_IMAGE_DIR, else an `images` folder beside the SQLite file (so a
 * test's temporary database gets its own images), else ./data/images. Several app servers need
 * this to be one shared folder (or an S3-compatible store behind BlobStore).
 */
export function imageDir(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (process.env.WORKBENCH_IMAGE_DIR) return path.resolve(process.env.WORKBENCH_IMAGE_DIR);
  if (url.startsWith("file:")) return path.join(path.dirname(path.resolve(url.slice("file:".length))), "images");
  return path.resolve("data", "images");
}

const globalForStore = globalThis as unknown as { workbenchImages?: { dir: string; store: BlobStore } };

export function getImageStore(): BlobStore {
  const dir = imageDir();
  if (globalForStore.workbenchImages?.dir !== dir) globalForStore.workbenchImages = { dir, store: diskStore(dir) };
  return globalForStore.workbenchImages.store;
}
