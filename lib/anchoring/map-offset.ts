import type { Diff } from "../revisions/types";

/**
 * A run of consecutive deletions and insertions: old text [from, to) became new text
 * [newFrom, newFrom + inserted). Runs are separated by unchanged text.
 */
export interface ChangeRegion {
  from: number;
  to: number;
  newFrom: number;
  inserted: number;
}

/** The change regions of `diffs`, in order (old-text offsets, UTF-16 units). */
export function changeRegions(diffs: readonly Diff[]): ChangeRegion[] {
  const regions: ChangeRegion[] = [];
  let oldPos = 0;
  let newPos = 0;
  let open: ChangeRegion | null = null;
  for (const [op, text] of diffs) {
    if (op === 0) {
      open = null;
      oldPos += text.length;
      newPos += text.length;
      continue;
    }
    if (!open) {
      open = { from: oldPos, to: oldPos, newFrom: newPos, inserted: 0 };
      regions.push(open);
    }
    if (op === -1) {
      oldPos += text.length;
      open.to = oldPos;
    } else {
      newPos += text.length;
      open.inserted += text.length;
    }
  }
  return regions;
}

/**
 * Maps an old offset to the new text. A span's start sticks right and its end sticks left at
 * a pure insertion, so text typed exactly at either edge stays outside the span. Where text was
 * replaced, an edge on or inside the replaced run moves to the replacement's near side for a
 * start and far side for an end, so a correction inside a span stays inside it.
 */
export function mapOffset(regions: readonly ChangeRegion[], offset: number, side: "start" | "end"): number {
  const r = lastRegionFrom(regions, offset, "from");
  if (!r) return offset;
  if (offset > r.to) return offset + (r.newFrom + r.inserted - r.to);
  if (r.from === r.to) return side === "start" ? r.newFrom + r.inserted : r.newFrom;
  if (offset === r.from) return r.newFrom;
  if (offset === r.to) return r.newFrom + r.inserted;
  return side === "start" ? r.newFrom : r.newFrom + r.inserted;
}

/** UTF-16 units of old text [start, end) that no change region touched. */
export function survivingLength(regions: readonly ChangeRegion[], start: number, end: number): number {
  let deleted = 0;
  for (const r of regions) {
    if (r.from >= end) break;
    deleted += Math.max(0, Math.min(end, r.to) - Math.max(start, r.from));
  }
  return end - start - deleted;
}

/**
 * Where new offset `pos` came from: the old offset of the character there when the revision
 * left it unchanged, or null when the revision inserted it.
 */
export function oldOffsetOf(regions: readonly ChangeRegion[], pos: number): number | null {
  const r = lastRegionFrom(regions, pos, "newFrom");
  if (!r) return pos;
  if (pos < r.newFrom + r.inserted) return null;
  return pos - (r.newFrom + r.inserted) + r.to;
}

/** The last region starting at or before `offset`, in old (`from`) or new (`newFrom`) offsets; regions are sorted and disjoint in both. */
function lastRegionFrom(regions: readonly ChangeRegion[], offset: number, key: "from" | "newFrom"): ChangeRegion | undefined {
  let lo = 0;
  let hi = regions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid][key] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return regions[found];
}
