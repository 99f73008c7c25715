/**
 * When a revision also stores a full (compressed) snapshot of its text.
 *
 * Rebuilding revision N replays the patches since the nearest snapshot at or below N (or the
 * raw OCR). Replay works on a piece list (piece-text.ts), so a patch costs about the same
 * whatever the text's size: its row is read, its text parsed and its hunks spliced, some
 * 10–20 µs here. A rebuild therefore costs roughly chain length × that, plus one decompression,
 * one join and one SHA-256 of the text. The policy:
 *
 * - a snapshot every MAX_CHAIN revisions. 128 keeps p95 rebuilds under 10 ms at 100 KB and
 *   well under 50 ms at 1 MB (`npm run bench`), while a 100 KB document with 1,000
 *   one-character corrections stores 7 snapshots, still far below git's pack of the same texts;
 * - a snapshot when the patch bytes since the last one pass half the text length (replaying
 *   more than half a copy of the text stops paying for itself);
 * - a snapshot when the diff hit Diff_Timeout (the patch is coarse and may be as large as
 *   the text).
 *
 * Snapshots are Brotli-compressed (snapshot-codec.ts): typescript OCR compresses 4–10×.
 * Skip-deltas were not needed: the bounded chain meets the rebuild targets with less storage.
 */
export const MAX_CHAIN = 128;

export interface ChainState {
  /** Revisions written since the last snapshot (or since seq 0), this one included. */
  revisionsSinceSnapshot: number;
  /** Bytes of patch text written since the last snapshot, this revision's included. */
  patchBytesSinceSnapshot: number;
}

/** Decides whether the revision being written also stores a snapshot. */
export function shouldSnapshot(chain: ChainState, textLength: number, diffTimedOut: boolean): boolean {
  if (diffTimedOut) return true;
  if (chain.patchBytesSinceSnapshot > textLength / 2) return true;
  return chain.revisionsSinceSnapshot >= MAX_CHAIN;
}
