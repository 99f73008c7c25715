// A stop misread as another: a comma or semicolon where a paragraph or sentence ends, a header
// label closed with the wrong stop, an initial with a comma.
import { countHeaderLabels, headerLabelAt, isParagraphMarker, SENTENCE_OPENER } from "../layout";
import type { Lexicon } from "../lexicon";
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import type { Rule } from "./rule";

/** Digits an initial is misread as. */
const INITIAL_DIGITS: Record<string, string> = { "5": "S", "8": "S" };

/**
 * A stop misread as another: a comma or semicolon where a paragraph ends (before a blank line, a
 * numbered paragraph or a header field) or where a new sentence begins ("autumn, The delegation"),
 * and a header label closed with ";" where the document's other labels have ":" ("REPORT NO.;").
 */
function stopFlag(text: string, tokens: Token[], i: number, headerLabels: number, lexicon: Lexicon): Suggestion | null {
  const token = tokens[i];
  const last = token.text.charCodeAt(token.text.length - 1);
  if (last !== 44 && last !== 59 && last !== 33) return null; // , ; !
  const stop = /(?<=[\p{L}\p{N}\])”"'’]|(?<=\p{Lu}\.))[,;!]$/u.exec(token.text);
  if (!stop) return null;
  const fix = (to: string, evidence: string) => flag(token, "real-word", [{ text: token.text.slice(0, -1) + to, score: 0.7, evidence }]);
  if (headerLabels >= 2 && stop[0] !== "," && headerLabelAt(text, tokens, i)) return fix(":", `the header's other ${headerLabels} fields end with ":"`);
  if (stop[0] === "!") return null;
  const next = tokens[i + 1];
  if (!next) return null;
  // An initial between a first name and the rest of a name: "Ivan s, [Petrovich]" is "S.".
  // (Or a digit read for its letter: "Ivan 8, [Petrovich}".)
  const initial = /^[\p{L}58],$/u.test(token.text) ? (INITIAL_DIGITS[token.text[0]] ?? token.text[0].toUpperCase()) : null;
  // (A given name, which no dictionary has as a word: "Para 8, UN" is a paragraph's number.)
  const given = tokens[i - 1]?.text ?? "";
  if (initial && /^\p{Lu}\p{Ll}+$/u.test(given) && !lexicon.has(given.toLowerCase()) && /^([[({]|i?\p{Lu})/u.test(next.text)) {
    return flag(token, "real-word", [{ text: `${initial}.`, score: 0.7, evidence: "an initial ends with a full stop" }]);
  }
  const gap = text.slice(token.end, next.start);
  // A sentence goes on past a page's foot or head ("from time to time," / "SECRET" / next page).
  const runningHead = /^[^\S\n]*[\p{Lu}\p{N}\s.~-]+$/u.test(text.slice(next.start, lineEnd(text, next.start)));
  const ends = (/\n[^\S\n]*\n/u.test(gap) && !runningHead) || (/\n/u.test(gap) && (isParagraphMarker(text, tokens, i + 1) || (headerLabelAt(text, tokens, i + 1) && next.text.endsWith(":"))));
  if (ends) return fix(".", "a paragraph ends with a full stop");
  // "A" opens a sentence where a word follows that is no name ("A Photograph of"); before a name it is an initial.
  const after = tokens[i + 2]?.text ?? "";
  const article = next.text === "A" && (/^\p{Ll}/u.test(after) || (/^\p{Lu}\p{Ll}+$/u.test(after) && lexicon.has(after.toLowerCase()) && !lexicon.isName?.(after)));
  if (stop[0] === "," && SENTENCE_OPENER.test(next.text) && (next.text !== "A" || article) && !/\n/u.test(gap)) return fix(".", `"${next.text}" begins a sentence`);

  return null;
}


const lineEnd = (text: string, at: number) => {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
};

export const stops: Rule = {
  name: "stops",
  title: "Misread stops",
  reasons: ["real-word"],
  evidence: "where the stop stands: before a blank line, a numbered paragraph, a header field or a sentence's first word; the document's other header labels",
  constants: {},
  // "prison-" / "ers," before the next paragraph: the stop after a split word is still a stop.
  afterSplit: true,
  start: (scan) => {
    const labels = countHeaderLabels(scan.text, scan.tokens);
    return (i) => stopFlag(scan.text, scan.tokens, i, labels, scan.lexicon);
  },
};
