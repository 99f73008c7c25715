/**
 * When a revision also stores a full (compressed) snapshot of its text.
 *
 * Rebuilding revision N replays the patches since the nearest snapshot at or below N (or
 * the raw OCR). Each replayed patch costs about one copy of the text, so the work of a rebuild
 * is roughly chainLength × textLength. The policy bounds that product:
 *
 * - a snapshot when the patch bytes since the last one pass half the text length (replaying
 *   more patch text than half a copy of the text stops paying for itself);
 * - a snapshot when the diff hit Diff_Timeout (the patch is coarse and may be as large as the
 *   text);
 * - a snapshot when the chain would exceed REPLAY_BUDGET_UNITS / textLength revisions, and never
 *   later than MAX_CHAIN. The budget was calibrated with `npm run bench`: 64 Mi units replay in
 *   a few milliseconds here, which keeps p95 rebuilds under 10 ms at 100 KB and 50 ms at 1 MB.
 *
 * Snapshots are Brotli-compressed (see snapshot-codec.ts): archival text compresses 4–10×,
 * so a snapshot costs less than a few hundred one-word patches. Skip-deltas were not needed:
 * the bounded chain already meets the rebuild targets with less storage.
 */
export const REPLAY_BUDGET_UNITS = 64 * 1024 * 1024;
export const MAX_CHAIN = 1000;
export const MIN_CHAIN = 16;

export interface ChainState {
  /** Revisions written since the last snapshot (or since seq 0). */
  revisionsSinceSnapshot: number;
  /** Bytes of patch text written since the last snapshot, this revision's included. */
  patchBytesSinceSnapshot: number;
}

/** The longest chain of patches allowed for a text of `textLength` UTF-16 units. */
export function maxChainFor(textLength: number): number {
  const byBudget = Math.floor(REPLAY_BUDGET_UNITS / Math.max(1, textLength));
  return Math.min(MAX_CHAIN, Math.max(MIN_CHAIN, byBudget));
}

/** Decides whether the revision being written also stores a snapshot. */
export function shouldSnapshot(chain: ChainState, textLength: number, diffTimedOut: boolean): boolean {
  if (diffTimedOut) return true;
  if (chain.patchBytesSinceSnapshot > textLength / 2) return true;
  return chain.revisionsSinceSnapshot >= maxChainFor(textLength);
}
