// Tokens that are no misspelling whatever a dictionary says: numbers, codes, initials, roman numerals.
import type { Candidate } from "./suggestion";
import type { Token } from "./tokens";

/** How the detector judges words, lent to rules that check the fixes they try. */
export interface WordJudge {
  /** A word the dictionary, the collection or this document knows. */
  isWord(w: string): boolean;
  /** Ranked fixes for a word nothing knows; empty when none is near. */
  candidatesFor(w: string): Candidate[];
}

/** Report numbers, grid references and ordinals: FL-47-0311, B-2, OZ-417, 12A, 2nd, 1950s. */
export const isCode = (w: string) => /^(\p{Lu}{1,4}-)?\d+(-\d+)*(-\p{Lu}{1,3})?$|^\p{Lu}{1,4}(-\d+)+$|^\d+(st|nd|rd|th|s)$|^\d+\p{Lu}?$/u.test(w);

/** Abbreviations, initials, roman numerals and numbers are not misspellings. */
export const isNotAWord = (w: string) =>
  // Most words are letters only: of these, only roman numerals and initials qualify (one test, not five).
  !NUMBER_OR_STOP.test(w)
    ? /^[IVXLCDM]+$|^\p{Lu}$/u.test(w)
    : /^\p{N}+([.,:/-]\p{N}+)*$/u.test(w) || /^[IVXLCDM]+$/u.test(w) || /^(\p{L}\.)+\p{L}?$/u.test(w) || /^\p{Lu}$/u.test(w) || isCode(w);
const NUMBER_OR_STOP = /[\p{N}.-]/u;

/**
 * Telegraphese and other abbreviations in small letters: three to five letters and no vowel, which OCR hardly ever takes
 * out of a whole word ("wld", "cld", "shld", "msg").
 */
export const NO_VOWEL = /^[b-df-hj-np-tv-xz]{3,5}$/u;

/** Words a subdivision's number follows: "paragraph 2b", "Para 4c", "section 12a". */
const DIVISION = /^(paragraphs?|paras?|sections?|secs?|articles?|arts?|items?|annex|annexes|clauses?|subparagraphs?)\.?$/iu;

/** A lettered subdivision after the word for it ("Para 2b"): a reference, where "2b" elsewhere is "it" misread. */
export function subdivision(tokens: readonly Token[], i: number): boolean {
  return /^\d{1,2}[a-h][.,;:)]?$/u.test(tokens[i].text) && DIVISION.test(tokens[i - 1]?.text ?? "");
}
