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
  /** The rule that found it (lib/suggest/rules): what a collection can turn off. */
  rule?: string;
  /** The word read again from the page image reads the same: the evidence is weaker. */
  imageAgrees?: boolean;
}

export function flag(at: Token, reason: Reason, candidates: Candidate[]): Suggestion {
  return { start: at.start, end: at.end, text: at.text, reason, candidates: candidates.filter((c) => c.text !== at.text) };
}

/**
 * Whether a suggestion's first candidate may be the default (focused, so Enter accepts it). Only
 * where the evidence says what the word should be: a recorded variant, the team's own rewrite, a
 * learned misreading, a word no dictionary knows. A capital or a rare word's lookalike
 * ("real-word"), or the engine's doubt alone, says something may be wrong, not what is right; nor
 * does a flag the page image, read again, reads as the OCR did.
 */
export function offersDefault(s: Pick<Suggestion, "reason" | "candidates" | "imageAgrees">): boolean {
  return s.candidates.length > 0 && s.reason !== "real-word" && s.reason !== "low-confidence" && !s.imageAgrees;
}
