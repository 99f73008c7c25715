import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

/** Default quota of the IIIF tile cache: some 20,000 tiles of a typical 50 KB. */
export const DEFAULT_TILE_CACHE_BYTES = 1024 * 1024 * 1024;

/** The cache's quota in bytes, from WORKBENCH_TILE_CACHE_BYTES (0 turns caching off). */
export function tileCacheQuota(): number {
  const raw = process.env.WORKBENCH_TILE_CACHE_BYTES;
  const n = Number(raw);
  return raw !== undefined && raw !== "" && Number.isInteger(n) && n >= 0 ? n : DEFAULT_TILE_CACHE_BYTES;
}

interface Entry {
  size: number;
  usedAt: number;
}

/**
 * Rendered tiles on disk under a quota, least recently used out first. The index of files is
 * read from the folder once per process and kept up to date by this process's reads and
 * writes; a hit marks the file's time, so that a process started later ranks it too. Several
 * processes sharing the folder each keep the quota by their own count, so the folder may hold
 * up to the quota once per process between scans; a file another process removed is a miss.
 */
export class TileCache {
  private entries: Map<string, Entry> | null = null;
  private total = 0;
  private loading: Promise<void> | null = null;

  constructor(private readonly dir: string, private readonly quota: () => number = tileCacheQuota) {}

  private fileOf(key: string, extension: string) {
    return path.join(this.dir, key.slice(0, 2), `${key}.${extension}`);
  }

  /** Reads the folder once: every file with its size and last use. */
  private load(): Promise<void> {
    this.loading ??= (async () => {
      const entries = new Map<string, Entry>();
      const shards = await readdir(this.dir).catch(() => [] as string[]);
      for (const shard of shards) {
        for (const name of await readdir(path.join(this.dir, shard)).catch(() => [] as string[])) {
          if (name.endsWith(".tmp")) continue;
          const file = path.join(this.dir, shard, name);
          const s = await stat(file).catch(() => null);
          if (s?.isFile()) entries.set(file, { size: s.size, usedAt: s.mtimeMs });
        }
      }
      this.entries = entries;
      this.total = [...entries.values()].reduce((n, e) => n + e.size, 0);
    })();
    return this.loading;
  }

  async read(key: string, extension: string): Promise<Buffer | null> {
    await this.load();
    const file = this.fileOf(key, extension);
    const bytes = await readFile(file).catch(() => null);
    const entry = this.entries!.get(file);
    if (!bytes) {
      if (entry) this.forget(file);
      return null;
    }
    const now = Date.now();
    if (entry) entry.usedAt = now;
    else this.remember(file, bytes.length, now);
    // The file's time is its last use for the next process that reads the folder.
    await utimes(file, now / 1000, now / 1000).catch(() => undefined);
    return bytes;
  }

  /** Stores a tile (atomically: a reader never sees half a file), then evicts down to the quota. */
  async write(key: string, extension: string, bytes: Uint8Array): Promise<void> {
    const quota = this.quota();
    if (bytes.length > quota) return;
    await this.load();
    const file = this.fileOf(key, extension);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, file);
    const old = this.entries!.get(file);
    if (old) this.forget(file);
    this.remember(file, bytes.length, Date.now());
    await this.evict(quota);
  }

  /** Bytes this process counts in the cache (tests and the health of the quota). */
  async size(): Promise<number> {
    await this.load();
    return this.total;
  }

  private remember(file: string, size: number, usedAt: number) {
    this.entries!.set(file, { size, usedAt });
    this.total += size;
  }

  private forget(file: string) {
    this.total -= this.entries!.get(file)?.size ?? 0;
    this.entries!.delete(file);
  }

  private async evict(quota: number) {
    if (this.total <= quota) return;
    const oldest = [...this.entries!].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [file] of oldest) {
      if (this.total <= quota) break;
      this.forget(file);
      await unlink(file).catch(() => undefined);
    }
  }
}
