// A word in small letters that this document otherwise always writes with a capital ("soviet").
import { CASE_SHAPE, FUNCTION_WORD } from "../case-shape";
import { flag } from "../suggestion";
import { constant } from "./constant";
import type { Rule } from "./rule";

const PRONOUN = /^(i|he|she|it|we|they|you|him|them|us|me|who|this|that)$/u;

export const nameInSmallLetters: Rule = {
  name: "name-in-small-letters",
  title: "Names written in small letters",
  reasons: ["real-word"],
  evidence: "how often this document writes the word with a capital",
  constants: {
    TITLED: constant(3, "the document must write the word with a capital at least this often", "at 2 clean-text false flags rise on both corpora (typescripts 1.14 → 1.52, FRUS 2.94 → 3.24); at 4 no change"),
  },
  start: (scan) => (i) => {
    const core = scan.cores[i];
    // "he" after "He" three times is a pronoun, however a dictionary lists "He".
    if (!core || i === 0 || scan.splitsAt(i) || !CASE_SHAPE.exec(core.text)?.[3] || FUNCTION_WORD.test(core.text) || PRONOUN.test(core.text)) return null;
    const w = core.text;
    const title = w[0].toUpperCase() + w.slice(1);
    const titles = scan.words.inDocument.get(title) ?? 0;
    const { lexicon, tokens } = scan;
    // (Or a word the dictionary also lists as a name: "soviet" where the report has "Soviet".)
    if (titles >= nameInSmallLetters.constants.TITLED.value && (scan.words.inDocument.get(w) ?? 0) === 1 && (!lexicon.has(w) || lexicon.isName?.(title) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ""))) {
      return flag(core, "real-word", [{ text: title, score: 0.6, evidence: `written "${title}" ${titles} times in this document` }]);
    }
    return null;
  },
};
