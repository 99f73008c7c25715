import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { SHA256_KEY, type BlobStore } from "./blob-store";

/**
 * Content-addressed files under `root`: `ab/cd/abcd…` (two levels keep folders small). A write
 * goes to a temporary name first and is renamed into place, so a reader never sees half a file.
 */
export function diskStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    if (!SHA256_KEY.test(key)) throw new Error(`Not a SHA-256 key: ${key}`);
    return path.join(root, "blobs", key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(bytes) {
      const key = createHash("sha256").update(bytes).digest("hex");
      const file = fileOf(key);
      if (await exists(file)) return key;
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, file);
      return key;
    },
    async read(key) {
      return readFile(fileOf(key)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return null;
        throw e;
      });
    },
    has: (key) => exists(fileOf(key)),
    cacheDir: () => path.join(root, "cache"),
    async probe() {
      // A real write and read: a full disk, a read-only or unmounted share all fail here.
      const file = path.join(root, `.probe-${randomBytes(6).toString("hex")}`);
      await mkdir(root, { recursive: true });
      const token = randomBytes(16);
      try {
        await writeFile(file, token);
        if (!(await readFile(file)).equals(token)) throw new Error("the image store gave back other bytes than were written");
      } finally {
        await rm(file, { force: true });
      }
    },
  };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
