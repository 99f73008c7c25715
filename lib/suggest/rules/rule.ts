import type { Reason, Suggestion } from "../suggestion";
import type { Scan } from "../scan";
import type { Constant } from "./constant";

/**
 * One way of seeing an OCR error. A rule is asked about each token in turn, in the order of
 * `RULES`; the first that flags a token speaks for it.
 */
export interface Rule {
  /** Stable: stored when a collection turns the rule off, and sent with each suggestion. */
  readonly name: string;
  /** For people, as the suggestion menu and the collection page name it. */
  readonly title: string;
  /** The reasons its suggestions carry. */
  readonly reasons: readonly Reason[];
  /** What it weighs, in words. */
  readonly evidence: string;
  readonly constants: Readonly<Record<string, Constant>>;
  /**
   * Whether it looks at the second half of a word split at a line end ("prison-" / "ers,"),
   * which the word rules judged with the first half.
   */
  readonly afterSplit?: boolean;
  /** Prepares what the rule needs from the whole document, and answers for token i. */
  start(scan: Scan): (i: number) => Suggestion | null;
}
