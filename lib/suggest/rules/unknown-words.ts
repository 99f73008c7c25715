// A word no dictionary, collection, registry or repetition vouches for, with the known words
// near it as fixes.
import { caseOf, nearKnown, oneLookalike, rankCandidates, writtenHere } from "../evidence";
import type { Lexicon } from "../lexicon";
import { flag } from "../suggestion";
import { wordAt } from "../word-at";
import { NO_VOWEL } from "../word-forms";
import { constant } from "./constant";
import type { Rule } from "./rule";

/** An abbreviation in capitals: two to five letters. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Whether a word in small letters is a regular inflection of a word the lexicon knows or counts
 * ("surveilling" of "surveil", "tabled" of "table"): the dictionary lists stems, not every form.
 */
function inflectionOfKnown(w: string, lexicon: Lexicon): boolean {
  const m = /^(\p{Ll}{3,}?)(ing|ed|es|s|er|ers|ly)$/u.exec(w);
  if (!m) return false;
  const stem = m[1];
  const stems = [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, "$1"), stem.replace(/i$/u, "y")];
  return stems.some((s) => s.length >= 3 && (lexicon.has(s) || lexicon.frequency(s) > 0));
}

/** English's prefixes, which make words no dictionary lists ("interagency", "nonaligned"). */
const PREFIX = /^(anti|counter|inter|intra|multi|non|over|post|pre|pro|re|semi|sub|super|trans|ultra|un|under)(\p{Ll}{4,})$/u;

/** A known word with a prefix before it, or a known word's inflection. */
function formOfKnown(w: string, lexicon: Lexicon): boolean {
  const m = PREFIX.exec(w);
  return inflectionOfKnown(w, lexicon) || (!!m && (lexicon.has(m[2]) || inflectionOfKnown(m[2], lexicon)));
}


export const unknownWords: Rule = {
  name: "unknown-words",
  title: "Words no dictionary knows",
  reasons: ["non-word", "confusion"],
  evidence: "the dictionary, the collection's corrected text, the registry and the document's repeated names; fixes from the known words near it and the misreadings the team has corrected",
  constants: {
    KNOWN_NEAR: constant(2, "in a script the dictionary does not cover, a word is flagged only a letter from a word the collection has this often", "no change on either corpus (typescripts, FRUS) at 1 or 3: neither has another script; reasoned, one correction is one person's word"),
  },
  start: (scan) => (i) => {
    const at = wordAt(scan, i);
    if (!at || at.known) return null;
    const { w, core, label, place } = at;
    const e = scan.words;
    // In a script the lexicon does not cover, only a near word the collection knows well counts.
    if (!e.lexicon.covers(w) && !nearKnown(w, e).some((k) => k.distance === 1 && k.count >= unknownWords.constants.KNOWN_NEAR.value)) return null;
    let candidates = rankCandidates(w, e);
    // A given name ("Vasily I.") and an abbreviation in capitals ("AEC") are mended only into a word
    // this document or collection writes, or (a name) a name one misread letter away that is no
    // common word too ("Hcnry" → "Henry", not "Rand" → "Sand"): the dictionary's nearest word
    // ("Vastly", "SEC") is another word. A header's label in
    // capitals ("PLAGE ACQUIRED:", "DATE OF IMFO:") is words, not an abbreviation.
    // A name's letters are misread, not dropped or added: "Rashi" is no misread "Rashid".
    if (place.isName()) candidates = candidates.filter((c) => c.text.length === w.length && (writtenHere(c.text, e) || (e.lexicon.isName?.(c.text) && !e.lexicon.has(c.text.toLowerCase()) && oneLookalike(w, c.text))));
    // An abbreviation's letters are misread, not dropped: one a letter longer or shorter is another ("UKG", "UK").
    else if (ACRONYM.test(w) && !place.inLabel()) candidates = candidates.filter((c) => writtenHere(c.text, e) && c.text.length === w.length);
    if (caseOf(w) === "lower" && NO_VOWEL.test(w)) return null;
    // A word in small letters that is a known word's inflection ("surveilling", "modernizations") or
    // has a prefix ("interagency") is a word, unless a fix differs from it inside the word, not only in its ending.
    const endingOnly = (c: string) => c.startsWith(w) || w.startsWith(c);
    if (caseOf(w) === "lower" && candidates.every((c) => endingOnly(c.text)) && formOfKnown(w, e.lexicon)) return null;
    // An unknown capitalised word near no word is most likely a name: flag it only with a fix in view.
    if (caseOf(w) !== "lower" && !candidates.length && !e.noisy && !label) return null;
    const learned = candidates[0]?.evidence.startsWith("learned");
    return flag(core, learned ? "confusion" : "non-word", candidates);
  },
};
