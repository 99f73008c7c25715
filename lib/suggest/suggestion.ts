import type { Token } from "./tokens";

/** Why a word is flagged, strongest evidence first (the order of the API's `reason`). */
export const REASONS = ["entity", "rewrite", "confusion", "non-word", "real-word", "low-confidence"] as const;
export type Reason = (typeof REASONS)[number];

export interface Candidate {
  text: string;
  /** 0–1: how likely this is what was typed, against the other candidates and leaving the text as it is. */
  score: number;
  /** In words, for the person deciding: "Genserslov → Generalov, accepted 3 times". */
  evidence: string;
}

export interface Suggestion {
  /** UTF-16 offsets of the flagged text (the annotations API's units); never inside a surrogate pair. */
  start: number;
  end: number;
  text: string;
  reason: Reason;
  /** Best first; never the flagged text itself. May be empty: "something is wrong here". */
  candidates: Candidate[];
  /** For "low-confidence": how sure the OCR engine was of the word, 0–1. */
  confidence?: number;
}

export function flag(at: Token, reason: Reason, candidates: Candidate[]): Suggestion {
  return { start: at.start, end: at.end, text: at.text, reason, candidates: candidates.filter((c) => c.text !== at.text) };
}
