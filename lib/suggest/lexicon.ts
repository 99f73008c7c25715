import type { NearWord } from "./near-words";

/**
 * What the detector knows of a language, whatever supplies it: a Hunspell dictionary and a
 * frequency list on the server, or a smaller list in the browser, or nothing at all.
 */
export interface Lexicon {
  /** Whether the spelling is a word, with the dictionary's rules for capitals ("Paris", not "paris"). */
  has(word: string): boolean;
  /** How common the word is, in occurrences per million words of running text (0 when unknown); any case. */
  frequency(word: string): number;
  /** Dictionary words within edit distance 2 of the (lower-case) word, nearest and most common first. */
  near(word: string): NearWord[];
  /** Whether the word is in a script the lexicon covers. Words in others get no lexicon flags. */
  covers(word: string): boolean;
  /**
   * Whether the dictionary lists the word with a capital as an entry of its own ("Soviet",
   * "Japan", "Major"): a name as well as a word, so its capital is no misreading.
   */
  isName?(word: string): boolean;
}

/** A lexicon that knows no words and covers no script: only the evidence-based reasons flag. */
export const NO_LEXICON: Lexicon = { has: () => false, frequency: () => 0, near: () => [], covers: () => false };
