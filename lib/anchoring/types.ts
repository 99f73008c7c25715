/** A span on a text, with the quote that verifies it. Offsets are UTF-16 units, half-open. */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorStatus = "anchored" | "fuzzy" | "orphaned";

export interface AnchorResult extends Anchor {
  status: AnchorStatus;
  /** 1 for an exact mapping; the similarity or match score otherwise; 0 for an orphan. */
  score: number;
}

/** Characters of context kept on each side of a quote (the W3C TextQuoteSelector's prefix/suffix). */
export const QUOTE_CONTEXT = 32;
