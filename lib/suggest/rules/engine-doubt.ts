// Words the OCR engine itself was unsure of (the page layer's confidences): the weakest evidence,
// asked only of words no other rule flagged.
import { caseOf, commonerNeighbour, inCase, isWord, rankCandidates } from "../evidence";
import type { Lexicon } from "../lexicon";
import { isMisreading } from "../lookalikes";
import { flag, type Candidate } from "../suggestion";
import { isNotAWord } from "../word-forms";
import { constant } from "./constant";
import type { Rule } from "./rule";

/** For a word the OCR doubted: a dictionary word one lookalike letter away and far more common. */
function doubtedWord(w: string, lexicon: Lexicon): Candidate | null {
  const { RATIO, FLOOR } = engineDoubt.constants;
  const n = commonerNeighbour(w.toLowerCase(), lexicon, { ratio: RATIO.value, floor: FLOOR.value, misreadings: isMisreading });
  return n && { text: inCase(n.word, caseOf(w)), score: 0.5, evidence: `the OCR was unsure, and "${n.word}" is ${n.times} times as common` };
}

export const engineDoubt: Rule = {
  name: "engine-doubt",
  title: "Words the OCR was unsure of",
  reasons: ["low-confidence"],
  evidence: "the OCR engine's word confidences (hOCR, ALTO, PAGE), where the text still reads as the engine read it",
  constants: {
    RATIO: constant(10, "a doubted dictionary word is flagged only with a lookalike this many times as common", "with the hOCR's confidences, cold: at 5 typescripts light F1 0.816 → 0.818 and FRUS heavy precision 95.9 → 95.7 %; at 20 no change beyond 0.001"),
    FLOOR: constant(20, "…and at least this common (per million)", "with the hOCR's confidences, cold: within 0.001 on both corpora (typescripts, FRUS) at 10 and 40"),
  },
  afterSplit: true,
  start: (scan) => (i) => {
    const token = scan.tokens[i];
    const l = scan.lowConfidence.get(token.start);
    const core = scan.cores[i];
    if (!l || !core || l.end !== token.end) return null;
    const w = core.text.replace(/[.’']+$/u, "");
    if (w.length < 2) return null;
    const at = { ...core, text: w, end: core.start + w.length };
    const e = scan.words;
    // The engine's doubt alone does not outweigh a dictionary or the collection: on the typescript
    // corpus, five in six words a dictionary knows that Tesseract was under 60 % sure of were read
    // right (flagging them took precision from 94 % to 64 %). Names, numbers and codes it doubts are
    // what this rule finds…
    if (!isNotAWord(w) && isWord(w, e)) {
      // …and a known word with a far commoner one a lookalike letter away: doubt and frequency together.
      const likelier = doubtedWord(w, e.lexicon);
      return likelier && { ...flag(at, "low-confidence", [likelier]), confidence: l.confidence };
    }
    const candidates = isNotAWord(w) ? [] : rankCandidates(w, e);
    return {
      ...flag(at, "low-confidence", candidates),
      confidence: l.confidence,
      candidates: candidates.filter((c) => c.text !== w).map((c) => ({ ...c, evidence: `the OCR was ${Math.round(l.confidence * 100)}% sure of "${w}"; ${c.evidence}` })),
    };
  },
};
