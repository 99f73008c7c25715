import { changeRegions, mapOffset } from "../anchoring/map-offset";
import { diffWords } from "../revisions/word-diff";

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
  const changed: { start: number; end: number }[] = [];
  let at = 0;
  for (let i = 0; i < diffs.length; i++) {
    const [op, text] = diffs[i];
    if (op === 1) {
      const last = changed[changed.length - 1];
      if (last && last.end === at) last.end += text.length;
      else changed.push({ start: at, end: at + text.length });
      at += text.length;
    } else if (op === 0) {
      at += text.length;
    } else if (diffs[i + 1]?.[0] !== 1 && at < proposed.length) {
      // Deleted with nothing in its place: mark the next character instead.
      changed.push({ start: at, end: at + 1 });
    }
  }
  const regions = changeRegions(diffs);
  return { changed: changed.filter((r) => r.end > r.start), mapFromAccepted: (offset, side) => mapOffset(regions, offset, side) };
}
