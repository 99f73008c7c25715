// A dictionary word in capitals a letter from capitals the document or collection writes again
// and again: a header's label or a name misread ("SATE OF INFO" where "DATE" heads every report).
import { caseOf, nearKnown, times } from "../evidence";
import { countOf } from "../model";
import { flag } from "../suggestion";
import { wordAt } from "../word-at";
import { constant } from "./constant";
import type { Rule } from "./rule";

export const capitalsLookalikes: Rule = {
  name: "capitals-lookalikes",
  title: "Words in capitals a letter from the header's",
  reasons: ["real-word"],
  evidence: "the words in capitals this document and collection write again and again",
  constants: {
    CAPITALS_KNOWN: constant(2, "how often a word in capitals must be written before a lookalike of it reads as its misreading", "at 3 FRUS light F1 0.789 → 0.788; at 1 no change on either corpus"),
    COMMON_WORD: constant(200, "a word the language uses more often than this (per million) is left alone: \"NOT\" is no misread \"NO\"", "no change on either corpus (typescripts, FRUS) at 100 or 400"),
  },
  start: (scan) => (i) => {
    const at = wordAt(scan, i);
    if (!at?.known) return null;
    const { w } = at;
    const e = scan.words;
    const { CAPITALS_KNOWN, COMMON_WORD } = capitalsLookalikes.constants;
    if (w.length < 3 || caseOf(w) !== "upper" || countOf(e.model.words, w) > 0 || (e.inDocument.get(w) ?? 0) > 1) return null;
    if (e.lexicon.frequency(w) >= COMMON_WORD.value) return null;
    const uses = (k: string) => countOf(e.model.words, k) + (e.inDocument.get(k) ?? 0);
    const near = nearKnown(w, e).filter((k) => k.distance === 1 && k.word.length === w.length && caseOf(k.word) === "upper" && uses(k.word) >= CAPITALS_KNOWN.value);
    const best = near.sort((a, b) => uses(b.word) - uses(a.word))[0]?.word;
    return best ? flag(at.core, "real-word", [{ text: best, score: 0.6, evidence: `"${best}" is written ${times(uses(best))} in this ${countOf(e.model.words, best) ? "collection" : "document"}` }]) : null;
  },
};
