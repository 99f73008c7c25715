// A word the team has corrected before, in this collection: offered its corrections.
import { times } from "../evidence";
import type { Lexicon } from "../lexicon";
import { rewritesOf, type SuggestModel } from "../model";
import { flag, type Candidate } from "../suggestion";
import { isNotAWord } from "../word-forms";
import { constant } from "./constant";
import type { Rule } from "./rule";

const memo = new WeakMap<SuggestModel, WeakMap<Lexicon, Map<string, Candidate[] | null>>>();

/** The team's rewrites of a word as candidates, worked out once per word, model and lexicon. */
function rewritesFor(word: string, model: SuggestModel, lexicon: Lexicon): Candidate[] | null {
  let byLexicon = memo.get(model);
  if (!byLexicon) memo.set(model, (byLexicon = new WeakMap()));
  let words = byLexicon.get(lexicon);
  if (!words) byLexicon.set(lexicon, (words = new Map()));
  let candidates = words.get(word);
  if (candidates === undefined) words.set(word, (candidates = rewriteCandidates(word, model, lexicon)));
  return candidates;
}

function rewriteCandidates(word: string, model: SuggestModel, lexicon: Lexicon): Candidate[] | null {
  // Numbers and codes belong to their own document: a year corrected in one report says nothing
  // about the same number in another.
  if (/\p{N}/u.test(word) || isNotAWord(word)) return null;
  // …and so does a code a part of the word was corrected into ("GH" of "GH~S2-0094" → "GH-52-0094").
  const tos = Object.entries(rewritesOf(model, word))
    .filter(([to]) => !/\p{N}/u.test(to))
    .sort((a, b) => b[1] - a[1]);
  if (!tos.length) return null;
  const total = tos.reduce((n, [, c]) => n + c, 0);
  // A dictionary word rewritten once may have been an editor's choice in one place ("if" →
  // "whether"); it counts only when common in corrections and rare in the language.
  const { DICTIONARY_WORD_REWRITES, COMMON_WORD } = teamRewrites.constants;
  if (lexicon.has(word) && (total < DICTIONARY_WORD_REWRITES.value || lexicon.frequency(word) > COMMON_WORD.value)) return null;
  return tos.slice(0, 3).map(([to, n]) => ({ text: to, score: Math.min(0.98, 0.6 + 0.4 * (n / total) * (1 - 1 / (n + 1))), evidence: `${word} → ${to}, accepted ${times(n)}` }));
}

export const teamRewrites: Rule = {
  name: "team-rewrites",
  title: "Corrected elsewhere in the collection",
  reasons: ["rewrite"],
  evidence: "the collection's accepted corrections: what this spelling was corrected to, and how often",
  constants: {
    DICTIONARY_WORD_REWRITES: constant(2, "a dictionary word must have been corrected this often before its correction is offered everywhere (once may be an editor's choice)", "no change on either corpus (typescripts, FRUS) at 1 or 3 with the other documents corrected: their corrections rewrite few dictionary words; reasoned from editors' choices"),
    COMMON_WORD: constant(50, "a dictionary word more common than this (per million words) is never offered the team's rewrite", "no change on either corpus (typescripts, FRUS) at 25 or 100 with the other documents corrected; reasoned: a word this common is an editor's choice, not a misreading"),
  },
  start: (scan) => (i) => {
    const core = scan.cores[i];
    if (!core || !Object.hasOwn(scan.model.rewrites, core.text)) return null;
    const candidates = rewritesFor(core.text, scan.model, scan.lexicon);
    return candidates && flag(core, "rewrite", candidates);
  },
};
