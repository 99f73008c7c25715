import { changeRegions, mapOffset } from "../anchoring/map-offset";
import { diffWords } from "../revisions/word-diff";
import { changedRanges } from "./text-changes";

export interface PendingChanges {
  /** Ranges of the proposed text that differ from the accepted text (UTF-16 units, half-open). */
  changed: { start: number; end: number }[];
  /** Maps an offset of the accepted text into the proposed text (annotations drawn over it). */
  mapFromAccepted(offset: number, side: "start" | "end"): number;
}

/**
 * Where a proposal still waiting for review differs from the accepted text, word by word, so
 * that the editor can show the proposed text with its changes marked as pending. A pure
 * deletion marks the word after it, so that it is not invisible.
 */
export function pendingChanges(accepted: string, proposed: string): PendingChanges {
  const diffs = diffWords(accepted, proposed);
  const regions = changeRegions(diffs);
  return { changed: changedRanges(diffs, 1, proposed.length), mapFromAccepted: (offset, side) => mapOffset(regions, offset, side) };
}
