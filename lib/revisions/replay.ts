import { err, ok, type Result } from "../result";
import { applyPatchToPieces } from "./apply-patch";
import { pieceText, pieceTextToString } from "./piece-text";
import type { ReplayError } from "./types";

export interface ChainLink {
  seq: number;
  patch: string;
}

export type ChainError = ReplayError & { seq: number };

/**
 * Replays `links` (consecutive revisions, oldest first) onto `base` exactly.
 * Stops at the first patch that does not apply and names its seq.
 */
export function replayChain(base: string, links: readonly ChainLink[]): Result<string, ChainError> {
  const text = pieceText(base);
  for (const link of links) {
    const applied = applyPatchToPieces(text, link.patch);
    if (!applied.ok) return err({ ...applied.error, seq: link.seq });
  }
  return ok(pieceTextToString(text));
}
