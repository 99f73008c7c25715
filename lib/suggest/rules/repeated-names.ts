// A name the document repeats, misread the same way each time: OCR reads a name alike on every line.
import { caseOf, inCase, nearKnown, oneLookalike, spelt, whereKnown, type WordEvidence } from "../evidence";
import type { Lexicon } from "../lexicon";
import { isMisreading } from "../lookalikes";
import { charEdits } from "../char-edits";
import { countOf } from "../model";
import { flag } from "../suggestion";
import { wordAt } from "../word-at";
import { constant } from "./constant";
import type { Rule } from "./rule";

/**
 * Two capitalised spellings, each no dictionary word, that two misreadings make one of the other:
 * each edit a letter pair OCR confuses or a letter dropped or added, with the first letter and the
 * ending untouched (an ending is grammar: "Ivanov" and "Ivanova" are two people).
 */
export function twoMisreadings(read: string, typed: string): boolean {
  if (Math.min(read.length, typed.length) < repeatedNames.constants.LONG_NAME.value || !/^\p{Lu}\p{Ll}+$/u.test(read) || !/^\p{Lu}\p{Ll}+$/u.test(typed)) return false;
  if (read[0] !== typed[0] || read.slice(-2) !== typed.slice(-2)) return false;
  const edits = charEdits(read.toLowerCase(), typed.toLowerCase());
  return edits.length >= 1 && edits.length <= 2 && edits.every((x) => x.from.length + x.to.length === 1 || isMisreading(`${x.from}/${x.to}`));
}

/**
 * For a long word the document repeats: a common dictionary word one letter from it, the letter
 * a lookalike ("Fieet" twice for "Fleet"). A name is seldom a letter from a common word.
 */
function commonLookalike(w: string, lexicon: Lexicon): string | undefined {
  if (w.length < 5 || !lexicon.covers(w)) return undefined;
  const n = lexicon.near(w.toLowerCase()).find((n) => n.distance === 1 && n.word.length === w.length && n.frequency >= 5 && oneLookalike(w, n.word));
  return n && inCase(n.word, caseOf(w) === "lower" ? "lower" : "title");
}

/**
 * The collection's spelling a name the document repeats misreads: a name the corrected text knows
 * one or two letters from it; failing that, a name the document itself writes more often, one
 * lookalike letter away or (a long name) two misreadings away and much more often.
 */
function misreadOf(w: string, e: WordEvidence): string | null {
  const { MUCH_MORE_OFTEN } = repeatedNames.constants;
  const vouched = countOf(e.model.words, w) > 0 || e.lexicon.has(w) || e.lexicon.has(w.toLowerCase());
  // A short word ("UNO", "Gov") is another word a letter shorter or longer ("UN", "go"), and a
  // possessive is its owner's: only a lookalike letter of a short word counts.
  const plausible = (k: { word: string }) => (w.length >= repeatedNames.constants.SHORT.value || (k.word.length === w.length && oneLookalike(w, k.word))) && w.replace(/['’]s$/u, "") !== k.word;
  const near = vouched ? [] : nearKnown(w, e).filter((k) => countOf(e.model.words, k.word) >= 1 && plausible(k));
  if (!vouched && !near.length) near.push(...nearKnown(w, e).filter((k) => k.word.length === w.length && oneLookalike(w, k.word) && spelt(k.word, e) > spelt(w, e)));
  if (!vouched && !near.length) near.push(...nearKnown(w, e).filter((k) => twoMisreadings(w, k.word) && spelt(k.word, e) >= Math.max(MUCH_MORE_OFTEN.value * spelt(w, e), 3)));
  const best = near.sort((a, b) => a.distance - b.distance || b.count - a.count)[0]?.word ?? (vouched ? undefined : commonLookalike(w, e.lexicon));
  return best ? (caseOf(w) === "upper" ? best.toUpperCase() : best) : null;
}

export const repeatedNames: Rule = {
  name: "repeated-names",
  title: "Names misread the same way each time",
  reasons: ["non-word"],
  evidence: "the names the collection's corrected text writes, and the names this document writes more often",
  constants: {
    MUCH_MORE_OFTEN: constant(2, "how much more often a long name must be written than its two-misreadings double to be taken for the typist's", "no change on either corpus (typescripts, FRUS) at 1 or 3; a unit test holds the edge; reasoned: the typist's spelling of a name outnumbers its misreadings"),
    SHORT: constant(5, "a repeated word shorter than this is mended into a collection's word only by a lookalike letter, never a letter more or fewer", "with the other documents corrected: with no such limit FRUS light precision is 85.0 % (a repeated three-letter abbreviation mended into another document's two-letter one, an abbreviated adjective into a small word) and typescripts light recall 80.2 %; at 4, 5 or 6, 90.1 % and 79.9 %, FRUS heavy precision 96.7 → 97.4 %"),
    LONG_NAME: constant(8, "names at least this long may be two misreadings off: shorter names that close are other names", "no change on either corpus (typescripts, FRUS) at 7 or 9; shorter names two letters apart are other names (Ivanov, Ivanova)"),
  },
  start: (scan) => (i) => {
    const at = wordAt(scan, i);
    if (!at?.known || !/^\p{Lu}/u.test(at.w)) return null;
    const e = scan.words;
    let fix = e.misread.get(at.w);
    if (fix === undefined) e.misread.set(at.w, (fix = misreadOf(at.w, e)));
    return fix ? flag(at.core, "non-word", [{ text: fix, score: 0.7, evidence: whereKnown(fix, e) }]) : null;
  },
};
