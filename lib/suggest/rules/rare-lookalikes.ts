// A rare dictionary word one lookalike letter from a word hundreds of times as common: "trey" for
// "they", "wag" for "was". Real-word errors need context to catch in general; these are the ones
// the language's own frequencies give away.
import { AMOUNT, CASE_SHAPE } from "../case-shape";
import { commonerNeighbour, inCase } from "../evidence";
import type { Lexicon } from "../lexicon";
import { LOOKALIKE } from "../lookalikes";
import { afterTitle } from "../name-context";
import { NO_VOWEL } from "../word-forms";
import { flag, type Candidate } from "../suggestion";
import { constant } from "./constant";
import type { Rule } from "./rule";

function rareNearCommon(w: string, lexicon: Lexicon): Candidate | null {
  const { RARE, RATIO, FLOOR } = rareLookalikes.constants;
  if (lexicon.frequency(w) >= RARE.value || w.length < 2) return null;
  const n = commonerNeighbour(w, lexicon, { ratio: RATIO.value, floor: FLOOR.value, misreadings: (pair) => LOOKALIKE.has(pair) });
  return n && { text: n.word, score: 0.6, evidence: `"${n.word}" is ${n.times} times as common, and ${n.read} is easily misread for ${n.typed}` };
}

export const rareLookalikes: Rule = {
  name: "rare-lookalikes",
  title: "Rare words a letter from common ones",
  reasons: ["real-word"],
  evidence: "the language's word frequencies and the letters a typewritten page lets OCR confuse",
  constants: {
    RARE: constant(30, "only words rarer than this (per million) are suspected", "at 15 FRUS light F1 0.789 → 0.780; at 60 typescripts clean-text false flags 1.14 → 1.52 per 1,000 words"),
    RATIO: constant(50, "the lookalike must be at least this many times as common", "within 0.001 on both corpora (typescripts, FRUS) at 25 and 100"),
    FLOOR: constant(200, "…and at least this common (per million)", "at 100 FRUS heavy +0.001; at 400 FRUS light and heavy −0.001; typescripts unchanged"),
  },
  start: (scan) => (i) => {
    const core = scan.cores[i];
    if (!core || i === 0 || scan.splitsAt(i)) return null;
    const w = core.text;
    const [, titled, , small] = CASE_SHAPE.exec(w) ?? [];
    // "175 cm": a unit after a number is no misread word; "Dr. Reed", "Ambassador Lacy": a surname;
    // "cld", "wld": an abbreviation (no vowel).
    if ((!titled && !small) || AMOUNT.test(scan.tokens[i - 1].text) || afterTitle(scan.tokens, i) || NO_VOWEL.test(w.toLowerCase())) return null;
    // With a capital, where no name is repeated: "Om 26 April", "Horn about 1880".
    if (titled && ((scan.words.inDocument.get(w) ?? 0) >= 2 || !scan.lexicon.has(w.toLowerCase()))) return null;
    const likelier = rareNearCommon(w.toLowerCase(), scan.lexicon);
    return likelier && flag(core, "real-word", [titled ? { ...likelier, text: inCase(likelier.text, "title") } : likelier]);
  },
};
