// The case of a word and of the words around it: what the capital rules read.
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";

/** One test sorts a word: a capital and small letters ([1]), all capitals ([2]), or all small letters ([3]). */
export const CASE_SHAPE = /^(?:(\p{Lu}\p{Ll}+)|(\p{Lu}{2,})|(\p{Ll}+))$/u;

/** The commonest words of English prose, never names. */
export const FUNCTION_WORD = /^(of|and|on|in|to|the|a|an|at|by|for|with|from|was|were|is|are|that|which|who|had|has|have|be|been|not|but|or|as|his|her|their|its)$/u;

const PRONOUN = /^(I|He|She|It|We|They|You|Who|This|That)$/u;

/** A number that a unit may follow ("175 cm"), not a paragraph's "5.". */
export const AMOUNT = /^\p{N}(\S*\p{N})?$/u;

/**
 * Whether the word before token i, past the small words of a title ("of", "for", "and", "the"),
 * has a capital: the two are one name or label in title case. At most two small words are skipped.
 */
export function inTitledPhrase(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  for (let k = i - 1, small = 0; k >= 0 && small <= 2; k--) {
    const t = tokens[k].text;
    // A title is made of words ("Approved for Release", "Appraisal of Content"); after a name or
    // a pronoun ("Petrov by Special", "She is Said") the capital is the OCR's.
    const m = /^(\p{Lu}[\p{L}'’-]*)[,]?$/u.exec(t);
    if (m) return lexicon.has(m[1].toLowerCase()) && !FUNCTION_WORD.test(m[1].toLowerCase()) && !PRONOUN.test(m[1]) && !lexicon.isName?.(m[1]);
    if (!FUNCTION_WORD.test(t)) return false;
    small++;
  }
  return false;
}

/** Whether a line break lies between two tokens. */
export const lineBetween = (text: string, a: Token, b: Token) => /\n/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
