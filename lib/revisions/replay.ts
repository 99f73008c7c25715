import { err, ok, type Result } from "../result";
import { applyPatchExact } from "./apply-patch";
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
  let text = base;
  for (const link of links) {
    const applied = applyPatchExact(text, link.patch);
    if (!applied.ok) return err({ ...applied.error, seq: link.seq });
    text = applied.value;
  }
  return ok(text);
}
