// A capital where a sentence goes on ("operates Nightly between"), and a common word in capitals
// within a line of small letters ("the shop and SPOKE with").
import { CASE_SHAPE, FUNCTION_WORD, inTitledPhrase, lineBetween } from "../case-shape";
import { flag, type Suggestion } from "../suggestion";
import type { Scan } from "../scan";
import { constant } from "./constant";
import type { Rule } from "./rule";

const TITLE_BEFORE = /^(the|of|by|to|in|on|as|our)$/u;

function titled(scan: Scan, i: number, w: string): Suggestion | null {
  const { text, tokens, cores, lexicon } = scan;
  const core = cores[i]!;
  const prev = tokens[i - 1].text;
  if (tokens[i].start !== core.start || tokens[i].end - core.end > 1 || !/^[.,;:]?$/u.test(tokens[i].text.slice(w.length)) || i + 1 >= tokens.length) return null;
  const stop = tokens[i].text.slice(w.length);
  const lower = w.toLowerCase();
  // Heavy OCR capitalises the first word of a line; inside a line, a name may follow.
  const lineStart = /\n/u.test(text.slice(tokens[i - 1].end, tokens[i].start));
  const nextLower = /^\p{Ll}/u.test(tokens[i + 1].text);
  const inSentence = /^\p{Ll}[\p{Ll}-]*,?$/u.test(prev) && (lineStart || nextLower || (stop !== "" && stop !== ","));
  // After "the", "of", "by" a capital is an office or a body in a government text ("the
  // President", "of Defense", "by Committee"): style, not a misreading.
  const office = TITLE_BEFORE.test(prev);
  // After a comma a capital begins a quoted sentence, a name, a title or a header field ("weeks,
  // Comments:"), or the comma is a misread full stop ("support, Statements do not"): the stops
  // rule's business. A blank line before begins a paragraph; a capital after begins a title
  // ("the basic National Security policy").
  const paragraphStart = /\n[^\S\n]*\n/u.test(text.slice(tokens[i - 1].end, tokens[i].start));
  const notMidSentence = prev.endsWith(",") || paragraphStart || /^\p{Lu}/u.test(tokens[i + 1].text);
  const { COMMON } = capitalMidSentence.constants;
  // Common words only, never one this document also capitalises elsewhere (a name), nor one in
  // a phrase in title case within a line ("Appraisal of Content:", "Approved for Release"; at a
  // line's start the capital is more likely heavy OCR's, as above)…
  if (inSentence && !office && !notMidSentence && (lineStart || !inTitledPhrase(tokens, i, lexicon)) && lexicon.has(lower) && lexicon.frequency(lower) >= COMMON.value && !lexicon.isName?.(w) && (scan.words.inDocument.get(w) ?? 0) < 2) {
    return flag(core, "real-word", [{ text: lower, score: 0.7, evidence: "a capital inside a sentence" }]);
  }
  // …except the words every sentence has ("of", "and", "on"), which no name is: after any word
  // that ends in a small letter, with no stop or comma between, they take a small letter.
  if (FUNCTION_WORD.test(lower) && /\p{Ll}$/u.test(prev) && !paragraphStart && (nextLower || /^\p{N}/u.test(tokens[i + 1].text))) {
    return flag(core, "real-word", [{ text: lower, score: 0.7, evidence: "a capital inside a sentence" }]);
  }
  return null;
}

/**
 * A common word in capitals within a line of running text: a header's or a name's capitals stand
 * among capitals, or are no word at all. (Not an abbreviation the dictionary writes in capitals: "the US section".)
 */
function capitals(scan: Scan, i: number, w: string): Suggestion | null {
  const { text, tokens, lexicon } = scan;
  if (!lexicon.has(w.toLowerCase()) || lexicon.frequency(w) < capitalMidSentence.constants.COMMON_IN_CAPITALS.value || lexicon.isName?.(w)) return null;
  const beside = (k: number) => (k >= 0 && k < tokens.length && !lineBetween(text, tokens[k], tokens[i]) ? tokens[k].text : "");
  const before = beside(i - 1);
  const after = beside(i + 1);
  const inCapitals = (t: string) => /^\p{Lu}{2,}/u.test(t);
  // "to FE and WE": abbreviations joined by a small word.
  if (inCapitals(tokens[i - 2]?.text ?? "") && /^(and|or|of|to)$/u.test(tokens[i - 1].text)) return null;
  if ((/^\p{Ll}{2,},?$/u.test(before) && !inCapitals(after)) || (/^\p{Ll}{2}/u.test(after) && (/^\p{Ll}{2,}$/u.test(before) || inCapitals(before)))) {
    return flag(scan.cores[i]!, "real-word", [{ text: w.toLowerCase(), score: 0.6, evidence: "capitals inside a line of small letters" }]);
  }
  return null;
}

export const capitalMidSentence: Rule = {
  name: "capital-mid-sentence",
  title: "Capitals inside a sentence",
  reasons: ["real-word"],
  evidence: "the words around it: small letters before and after, no stop between, no title it belongs to",
  constants: {
    COMMON: constant(0.5, "a capitalised word is flagged only if the language uses it at least this often (per million): rarer words are likelier names", "at 0.375 FRUS light F1 0.789 → 0.786 and FRUS clean-text false flags 2.94 → 3.24; at 0.625 typescripts heavy 0.826 → 0.825"),
    COMMON_IN_CAPITALS: constant(5, "a word in capitals is flagged only if at least this common (per million)", "no change on either corpus (typescripts, FRUS) at 4 or 6"),
  },
  start: (scan) => (i) => {
    const core = scan.cores[i];
    // Half a word split at a line end is no word of its own.
    if (!core || i === 0 || scan.splitsAt(i)) return null;
    const [, isTitled, isCapitals] = CASE_SHAPE.exec(core.text) ?? [];
    if (isTitled) return titled(scan, i, core.text);
    return isCapitals ? capitals(scan, i, core.text) : null;
  },
};
