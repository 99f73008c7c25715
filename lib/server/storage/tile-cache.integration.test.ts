import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TileCache, tileCacheQuota, DEFAULT_TILE_CACHE_BYTES } from "./tile-cache";

const key = (n: number) => n.toString(16).padStart(64, "0");
const bytes = (n: number) => new Uint8Array(n).fill(7);
const files = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".jpg")).length;

describe("the tile cache", () => {
  it("keeps to its quota, the least recently used tile out first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tiles-"));
    const cache = new TileCache(dir, () => 3_000);
    for (const n of [1, 2, 3]) await cache.write(key(n), "jpg", bytes(1_000));
    expect(await cache.size()).toBe(3_000);
    // Tile 1 is used again, so tile 2 is now the oldest.
    expect(await cache.read(key(1), "jpg")).toHaveLength(1_000);
    await cache.write(key(4), "jpg", bytes(1_000));
    expect(await cache.read(key(2), "jpg")).toBeNull();
    expect(await cache.read(key(1), "jpg")).not.toBeNull();
    expect(await cache.size()).toBe(3_000);
    expect(files(dir)).toBe(3);
  });

  it("a process started later finds the files and keeps the same quota", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tiles-"));
    const first = new TileCache(dir, () => 10_000);
    for (const n of [1, 2, 3, 4]) await first.write(key(n), "jpg", bytes(1_000));
    const later = new TileCache(dir, () => 2_500);
    expect(await later.size()).toBe(4_000);
    await later.write(key(5), "jpg", bytes(500));
    expect(await later.size()).toBeLessThanOrEqual(2_500);
    expect(await later.read(key(5), "jpg")).not.toBeNull();
  });

  it("stores nothing larger than the quota, and nothing with a quota of 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tiles-"));
    await new TileCache(dir, () => 0).write(key(1), "jpg", bytes(10));
    await new TileCache(dir, () => 99).write(key(2), "jpg", bytes(100));
    expect(files(dir)).toBe(0);
  });

  it("reads its quota from WORKBENCH_TILE_CACHE_BYTES", () => {
    expect(tileCacheQuota()).toBe(DEFAULT_TILE_CACHE_BYTES);
    process.env.WORKBENCH_TILE_CACHE_BYTES = "5000";
    expect(tileCacheQuota()).toBe(5_000);
    process.env.WORKBENCH_TILE_CACHE_BYTES = "lots";
    expect(tileCacheQuota()).toBe(DEFAULT_TILE_CACHE_BYTES);
    delete process.env.WORKBENCH_TILE_CACHE_BYTES;
  });
});
