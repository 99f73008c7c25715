// A token that stands alone where typed prose has no such token: a digit or symbol read for "a",
// a lone bracket, a lone small letter.
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import type { WordJudge } from "../word-forms";
import type { Rule } from "./rule";

const PAIRS: Record<string, string> = { "(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{" };

/** Whether a lone bracket's partner stands on the same line, after an opening one or before a closing one. */
function pairedOnLine(text: string, t: Token): boolean {
  const start = text.lastIndexOf("\n", t.start - 1) + 1;
  const end = text.indexOf("\n", t.end);
  return "([{".includes(t.text) ? text.slice(t.end, end < 0 ? text.length : end).includes(PAIRS[t.text]) : text.slice(start, t.start).includes(PAIRS[t.text]);
}

/** What a typewritten capital I comes out of OCR as. */
const I_LOOKALIKE = /^[1lT|Y\]!]$/u;
/** Verbs (and "also") that follow the pronoun "I" and hardly ever a number. */
const PRONOUN_VERB = /^(am|do|did|have|had|was|will|would|shall|should|can|cannot|could|may|might|must|also|think|thought|believe|believed|hope|feel|felt|know|knew|said|told|asked|added|agree|agreed|understand|wish|want|wanted|suggest|suggested|replied|explained|pointed|recommend|consider|doubt|assume|expect|met|saw|called|intend)$/u;
/** A sentence's or clause's end before: a stop, or a word that begins a clause. */
const CLAUSE_START = /[.!?:;,"”)]$|^(and|but|that|if|as|when|since|because|which|so|then|where|while|although|though)$/u;

const SMALL_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/**
 * A token that stands alone where no such token stands in typed prose: "4" or "&" between two
 * small words, read for "a" ("in 4 fenced settlement"); a lone bracket; a lone small letter other
 * than "a" ("ARMY x NAVY").
 */
function strayTokenFlag(text: string, tokens: readonly Token[], i: number, judge: WordJudge): Suggestion | null {
  const t = tokens[i].text;
  if (t.length !== 1) return null;
  const prev = tokens[i - 1]?.text ?? "";
  const next = tokens[i + 1]?.text ?? "";
  if (t === "4" || t === "&") {
    // A number counts things: "4 persons". "a" goes before one thing.
    const single = SMALL_WORD.test(next) && !/s$/u.test(next) && judge.isWord(next);
    if (/\p{Ll}$/u.test(prev) && single) return flag(tokens[i], "real-word", [{ text: "a", score: 0.6, evidence: `"a" is easily misread as "${t}", and "${next}" is one thing` }]);
    return null;
  }
  // "1 do not believe", "T have": the pronoun, where a sentence or clause begins and a verb follows.
  if (I_LOOKALIKE.test(t) && PRONOUN_VERB.test(next.toLowerCase()) && (i === 0 || CLAUSE_START.test(prev) || /\n/u.test(text.slice(tokens[i - 1].end, tokens[i].start)))) {
    return flag(tokens[i], "real-word", [{ text: "I", score: 0.7, evidence: `"I" is easily misread as "${t}", and a verb follows` }]);
  }
  // A bracket typed apart from its words ("( see 4/12)") is paired on its line; a lone one is noise.
  if (/^[{}[\]()]$/u.test(t)) return pairedOnLine(text, tokens[i]) ? null : flag(tokens[i], "non-word", []);
  // English has one word of one small letter; other scripts' ("в", "и") are their own business.
  if (/^[b-z]$/u.test(t)) {
    const capitals = /^\p{Lu}{2,}$/u.test(prev) && /^\p{Lu}{2,}$/u.test(next);
    return flag(tokens[i], "non-word", capitals ? [{ text: t.toUpperCase(), score: 0.6, evidence: "between words in capitals" }] : []);
  }
  return null;
}

export const strayTokens: Rule = {
  name: "stray-tokens",
  title: "Stray letters and brackets",
  reasons: ["non-word", "real-word"],
  evidence: "a token of one character between words: \"4\" or \"&\" before one thing, a lone bracket, a small letter other than \"a\"",
  constants: {},
  start: (scan) => (i) => strayTokenFlag(scan.text, scan.tokens, i, scan.judge),
};
