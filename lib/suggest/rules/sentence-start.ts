// A small letter where a sentence begins, within a line.
import { CASE_SHAPE } from "../case-shape";
import { flag } from "../suggestion";
import type { Rule } from "./rule";

const ABBREVIATION = /^(\p{L}|Mr|Mrs|Dr|St|No|Nos|Co|Inc|Ltd|Gen|Col|Maj|Capt|Lt|Sgt|Prof|ca|cf|vs|etc|approx|e\.g|i\.e)\.$/iu;

export const sentenceStart: Rule = {
  name: "sentence-start",
  title: "Sentences that begin in small letters",
  reasons: ["real-word"],
  evidence: "a full stop (not an abbreviation's) before it on the same line",
  constants: {},
  start: (scan) => (i) => {
    const core = scan.cores[i];
    if (!core || i === 0 || scan.splitsAt(i) || !CASE_SHAPE.exec(core.text)?.[3]) return null;
    const { text, tokens, lexicon } = scan;
    const prev = tokens[i - 1].text;
    const title = core.text[0].toUpperCase() + core.text.slice(1);
    const sentenceEnded = /[.!?]["”’)]*$/u.test(prev) && !ABBREVIATION.test(prev) && /\p{Ll}/u.test(prev);
    if (sentenceEnded && !/\n/u.test(text.slice(tokens[i - 1].end, tokens[i].start)) && lexicon.has(title)) {
      return flag(core, "real-word", [{ text: title, score: 0.55, evidence: "a sentence begins with a capital" }]);
    }
    return null;
  },
};
