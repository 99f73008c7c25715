// Each rule's tuned constants on both sides of their value, and the rules' general behaviour on
// invented text. A small lexicon with chosen frequencies stands in for English where a constant
// compares a frequency; the real one where a rule's behaviour on prose is the point.
import { describe, expect, it } from "vitest";
import { englishLexicon } from "../../server/lexicon/english-lexicon";
import { detect, type DetectContext } from "../detect";
import { WORD_EVIDENCE } from "../evidence";
import type { Lexicon } from "../lexicon";
import { emptyModel, lessonOf, mergeModels, type SuggestModel } from "../model";
import { NearWords } from "../near-words";
import { capitalMidSentence } from "./capital-mid-sentence";
import { capitalsLookalikes } from "./capitals-lookalikes";
import { engineDoubt } from "./engine-doubt";
import { imageRereads } from "./image-rereads";
import { RULES } from "./index";
import { learnedQuotes } from "./learned-quotes";
import { misreadNumbers } from "./misread-numbers";
import { nameInSmallLetters } from "./name-in-small-letters";
import { paragraphNumbers } from "./paragraph-numbers";
import { rareLookalikes } from "./rare-lookalikes";
import { repeatedNames, twoMisreadings } from "./repeated-names";
import { teamRewrites } from "./team-rewrites";
import { tokenShape } from "./token-shape";
import { unknownWords } from "./unknown-words";

/** A lexicon of the given words (lower case → frequency per million), the names among them capitalised. */
function lexiconOf(words: Record<string, number>, names: string[] = []): Lexicon {
  const index = new NearWords(Object.entries(words));
  return {
    has: (w) => Object.hasOwn(words, w.toLowerCase()) && (w === w.toLowerCase() || w === w[0].toUpperCase() + w.slice(1).toLowerCase() || w === w.toUpperCase() || names.includes(w)),
    frequency: (w) => words[w.toLowerCase()] ?? 0,
    near: (w) => index.near(w),
    covers: (w) => /^[\p{Script=Latin}\p{N}'’.-]+$/u.test(w),
    isName: (w) => names.includes(w),
  };
}

const PROSE = { the: 50000, and: 30000, of: 30000, in: 20000, was: 9000, with: 7000, officers: 40, left: 300, report: 80, steamer: 5, office: 200, pier: 5, on: 8000, at: 6000, met: 100 };
const flagsOn = (text: string, context: DetectContext) => detect(text, context).map((f) => `${f.text}→${f.candidates[0]?.text ?? ""} (${f.rule})`);
const flagged = (text: string, word: string, context: DetectContext) => detect(text, context).some((f) => f.text === word);
const times = (n: number, s: string) => Array.from({ length: n }, () => s).join(" ");
const modelOf = (...lessons: SuggestModel[]) => lessons.reduce((m, l) => mergeModels(m, l), emptyModel());

describe("the rule list", () => {
  it("names each rule once, and each constant says why and what measured it", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const constant of [...Object.values(WORD_EVIDENCE), ...RULES.flatMap((r) => Object.values(r.constants))]) {
      expect(constant.why.length).toBeGreaterThan(20);
      expect(constant.measured).toMatch(/typescripts|FRUS|both corpora/u);
    }
  });

  it("turns off only the rules a collection names", () => {
    const lexicon = lexiconOf({ ...PROSE, arrived: 100 });
    const text = "The steamer arived in May 2956 with the officers.";
    expect(flagsOn(text, { lexicon })).toEqual(["arived→arrived (unknown-words)", "2956→1956 (misread-numbers)"]);
    expect(flagsOn(text, { lexicon, rulesOff: ["misread-numbers"] })).toEqual(["arived→arrived (unknown-words)"]);
  });
});

describe("word evidence", () => {
  const lexicon = lexiconOf({ ...PROSE, harbor: 2 });
  it(`REPEATED (${WORD_EVIDENCE.REPEATED.value}): a capitalised word written that often is a name`, () => {
    const n = WORD_EVIDENCE.REPEATED.value;
    expect(flagged(`The ${times(n - 1, "Harbar office.")} The pier.`, "Harbar", { lexicon })).toBe(true);
    expect(flagged(`The ${times(n, "Harbar office.")} The pier.`, "Harbar", { lexicon })).toBe(false);
  });

  it(`NOISY (${WORD_EVIDENCE.NOISY.value}): past this share of misspelt words, an unknown name is flagged with no fix in view`, () => {
    const text = (bad: number) => `${times(bad, "qorx")} ${times(100 - bad, "report")}. The Vyxwolt left.`;
    const edge = Math.round(WORD_EVIDENCE.NOISY.value * 100);
    expect(flagged(text(edge), "Vyxwolt", { lexicon })).toBe(false);
    expect(flagged(text(edge + 1), "Vyxwolt", { lexicon })).toBe(true);
  });
});

describe("token shape", () => {
  it(`MOST_SYMBOLS (${tokenShape.constants.MOST_SYMBOLS.value}): a token with more stray symbols is noise, with no reading offered`, () => {
    const n = tokenShape.constants.MOST_SYMBOLS.value;
    // "@" is typed "a": a word of n (or n + 1) a's and an x, every a read as "@".
    const word = (k: number) => `${"a".repeat(k)}x`;
    const lexicon = lexiconOf({ ...PROSE, [word(n)]: 10, [word(n + 1)]: 10 });
    const fixes = (k: number) => detect(`the ${"@".repeat(k)}x left`, { lexicon })[0]?.candidates.map((c) => c.text);
    expect(fixes(n)).toContain(word(n));
    expect(fixes(n + 1)).toEqual([]);
  });
});

describe("paragraph numbers", () => {
  const lexicon = lexiconOf(PROSE);
  const numbered = (ns: number[]) => ns.map((n) => `${n}. The officers left.`).join("\n");
  it(`MIN_AGREEING (${paragraphNumbers.constants.MIN_AGREEING.value}): that many markers in step before one out of step is flagged`, () => {
    const n = paragraphNumbers.constants.MIN_AGREEING.value;
    const inStep = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
    expect(flagsOn(numbered([...inStep(n), n + 5]), { lexicon })).toEqual([`${n + 5}.→${n + 1}. (paragraph-numbers)`]);
    expect(flagsOn(numbered([...inStep(n - 1), n + 5]), { lexicon })).toEqual([]);
  });

  it(`AGREEING_SHARE (${paragraphNumbers.constants.AGREEING_SHARE.value}): that share of the numbered markers must agree`, () => {
    expect(paragraphNumbers.constants.AGREEING_SHARE.value).toBe(0.6);
    // Three in step of five numbered markers (0.6) are enough; three of six (0.5) are not.
    expect(flagsOn(numbered([1, 2, 3, 9, 9]), { lexicon })).toEqual(["9.→4. (paragraph-numbers)", "9.→5. (paragraph-numbers)"]);
    expect(flagsOn(numbered([1, 2, 3, 9, 9, 9]), { lexicon })).toEqual([]);
  });

  it("leaves a lettered list between numbered paragraphs alone", () => {
    expect(flagsOn(numbered([1, 2]) + "\na. The officers left.\nb. The officers left.\nc. The officers left.\n" + numbered([3, 4]), { lexicon })).toEqual([]);
  });
});

describe("team rewrites", () => {
  const rewrite = (n: number) => modelOf(...Array.from({ length: n }, () => lessonOf("the same officers", "the some officers")));
  it(`DICTIONARY_WORD_REWRITES (${teamRewrites.constants.DICTIONARY_WORD_REWRITES.value}): a dictionary word must have been corrected that often`, () => {
    const n = teamRewrites.constants.DICTIONARY_WORD_REWRITES.value;
    const lexicon = lexiconOf({ ...PROSE, same: 10, some: 100 });
    expect(flagged("the same officers left", "same", { lexicon, model: rewrite(n) })).toBe(true);
    expect(flagged("the same officers left", "same", { lexicon, model: rewrite(n - 1) })).toBe(false);
  });

  it(`COMMON_WORD (${teamRewrites.constants.COMMON_WORD.value}): a dictionary word commoner than this keeps its spelling`, () => {
    const f = teamRewrites.constants.COMMON_WORD.value;
    const model = rewrite(teamRewrites.constants.DICTIONARY_WORD_REWRITES.value);
    expect(flagged("the same officers left", "same", { lexicon: lexiconOf({ ...PROSE, same: f, some: 100 }), model })).toBe(true);
    expect(flagged("the same officers left", "same", { lexicon: lexiconOf({ ...PROSE, same: f + 1, some: 100 }), model })).toBe(false);
  });
});

describe("learned quotes", () => {
  it(`LEARNED_QUOTE (${learnedQuotes.constants.LEARNED_QUOTE.value}): straightened that often before every one like it is suggested`, () => {
    const n = learnedQuotes.constants.LEARNED_QUOTE.value;
    const straightened = (k: number) => modelOf(...Array.from({ length: k }, () => lessonOf("He said “twenty", 'He said "twenty')));
    const lexicon = lexiconOf(PROSE);
    expect(flagged("the “officers left", "“officers", { lexicon, model: straightened(n) })).toBe(true);
    expect(flagged("the “officers left", "“officers", { lexicon, model: straightened(n - 1) })).toBe(false);
  });
});

describe("unknown words", () => {
  it(`KNOWN_NEAR (${unknownWords.constants.KNOWN_NEAR.value}): in a script English does not cover, only a letter from a word the collection has that often`, () => {
    const n = unknownWords.constants.KNOWN_NEAR.value;
    const known = (k: number) => modelOf(...Array.from({ length: k }, () => lessonOf("прибыл", "Генералов прибыл")));
    const lexicon = lexiconOf(PROSE);
    expect(flagged("Генералоб прибыл", "Генералоб", { lexicon, model: known(n) })).toBe(true);
    expect(flagged("Генералоб прибыл", "Генералоб", { lexicon, model: known(n - 1) })).toBe(false);
  });

  it("takes telegraphese, prefixed words, a subdivision and a word cut at a page break for words", () => {
    const lexicon = englishLexicon();
    expect(flagsOn("He said the Govt wld accept it and shld say so; the interagency group agreed to Para 2b.", { lexicon })).toEqual([]);
    // Its second half, past the page's foot, cannot be told from a word of its own.
    expect(flagsOn("the wishes of the inhabi-\n\nCONFIDENTIAL\n\n- 2 -\n\ntants of the islands", { lexicon }).map((f) => f.split("→")[0])).not.toContain("inhabi");
    // "2b" elsewhere is "it" misread.
    expect(flagsOn("he said that 2b might be worth while", { lexicon }).map((f) => f.split("→")[0])).toEqual(["2b"]);
  });

  it("reads a hyphen OCR read as '~' at a line end as a word split there, and mends a lookalike into the abbreviation the document repeats", () => {
    const lexicon = englishLexicon();
    expect(flagsOn("he hoped to join the discus~\nsions held by the council", { lexicon })).toEqual(["discus~→discus- (token-shape)"]);
    expect(flagsOn("He said it wld be so. It wld rain. They wld go. But it wid stop.", { lexicon })).toEqual(["wid→wld (unknown-words)"]);
  });

  it("mends a surname after a title only into a name written here, never a common word or one a letter longer", () => {
    const lexicon = englishLexicon();
    expect(flagsOn("He met Adm. Hedlow and Ambassador Rand, then Sheikh Rashi on the coast.", { lexicon })).toEqual([]);
  });
});

describe("repeated names", () => {
  it(`LONG_NAME (${repeatedNames.constants.LONG_NAME.value}): only names that long may be two misreadings off`, () => {
    const n = repeatedNames.constants.LONG_NAME.value;
    // Two misreadings, a/o and i/l, with the first letter and the ending untouched.
    const typed = (k: number) => `Ba${"r".repeat(k - 7)}imova`;
    const read = (k: number) => typed(k).replace("Ba", "Bo").replace("imova", "lmova");
    expect(typed(n)).toHaveLength(n);
    expect(twoMisreadings(read(n), typed(n))).toBe(true);
    expect(twoMisreadings(read(n - 1), typed(n - 1))).toBe(false);
  });

  it(`MUCH_MORE_OFTEN (${repeatedNames.constants.MUCH_MORE_OFTEN.value}): the spelling written that much more often is the typist's`, () => {
    const k = repeatedNames.constants.MUCH_MORE_OFTEN.value;
    const lexicon = lexiconOf(PROSE);
    const doc = (right: number) => `${times(right, "Generalov left.")} ${times(2, "Genserslov left.")}`;
    expect(flagged(doc(2 * k), "Genserslov", { lexicon })).toBe(true);
    expect(flagged(doc(2 * k - 1), "Genserslov", { lexicon })).toBe(false);
  });
});

describe("repeated words against the collection's", () => {
  it(`SHORT (${repeatedNames.constants.SHORT.value}): a shorter word is never mended into the collection's a letter shorter`, () => {
    const n = repeatedNames.constants.SHORT.value;
    const lexicon = lexiconOf(PROSE);
    const mended = (length: number) => {
      const w = `Ab${"c".repeat(length - 3)}d`;
      const model = modelOf(lessonOf("the officers", `the ${w.slice(0, -1)} officers`));
      return flagged(`${w} left. ${w} met the officers.`, w, { lexicon, model });
    };
    expect(mended(n)).toBe(true);
    expect(mended(n - 1)).toBe(false);
  });
});

describe("capitals", () => {
  it(`CAPITALS_KNOWN (${capitalsLookalikes.constants.CAPITALS_KNOWN.value}) and COMMON_WORD (${capitalsLookalikes.constants.COMMON_WORD.value}): a rare word in capitals a letter from capitals written that often`, () => {
    const { CAPITALS_KNOWN, COMMON_WORD } = capitalsLookalikes.constants;
    const doc = (n: number) => `${times(n, "DATE: 4 May.\n")}SATE: 5 May.`;
    const lexicon = (f: number) => lexiconOf({ ...PROSE, date: 300, sate: f, may: 500 }, ["May"]);
    expect(flagged(doc(CAPITALS_KNOWN.value), "SATE", { lexicon: lexicon(COMMON_WORD.value - 1) })).toBe(true);
    expect(flagged(doc(CAPITALS_KNOWN.value - 1), "SATE", { lexicon: lexicon(COMMON_WORD.value - 1) })).toBe(false);
    expect(flagged(doc(CAPITALS_KNOWN.value), "SATE", { lexicon: lexicon(COMMON_WORD.value) })).toBe(false);
  });

  it(`COMMON (${capitalMidSentence.constants.COMMON.value}) and COMMON_IN_CAPITALS (${capitalMidSentence.constants.COMMON_IN_CAPITALS.value}): how common a word must be for its capitals to be misread`, () => {
    const { COMMON, COMMON_IN_CAPITALS } = capitalMidSentence.constants;
    const titled = (f: number) => flagged("the boat operates Nightly between ports", "Nightly", { lexicon: lexiconOf({ ...PROSE, boat: 50, operates: 20, nightly: f, between: 900, ports: 30 }) });
    expect(titled(COMMON.value)).toBe(true);
    expect(titled(COMMON.value * 0.99)).toBe(false);
    const capitals = (f: number) => flagged("the shop and SPOKE with them", "SPOKE", { lexicon: lexiconOf({ ...PROSE, shop: 80, spoke: f, them: 2000 }) });
    expect(capitals(COMMON_IN_CAPITALS.value)).toBe(true);
    expect(capitals(COMMON_IN_CAPITALS.value * 0.99)).toBe(false);
  });

  it("leaves a capital after a comma, after the/of/by, after a blank line and before another capital alone", () => {
    const lexicon = englishLexicon();
    expect(flagsOn("The ship is in the port, Source says so. It was approved by the President and the Committee of the basic National Security policy.\n\nWith reference to your telegram, the ship left.", { lexicon })).toEqual([]);
    expect(flagsOn("the radio on the roof operates Nightly between ten and eleven", { lexicon })).toEqual(["Nightly→nightly (capital-mid-sentence)"]);
  });

  it(`TITLED (${nameInSmallLetters.constants.TITLED.value}): a name written that often with a capital, once in small letters`, () => {
    const n = nameInSmallLetters.constants.TITLED.value;
    const lexicon = lexiconOf({ ...PROSE, baltic: 10, sea: 200 }, ["Baltic"]);
    expect(flagged(`${times(n, "The Baltic sea.")} The baltic sea.`, "baltic", { lexicon })).toBe(true);
    expect(flagged(`${times(n - 1, "The Baltic sea.")} The baltic sea.`, "baltic", { lexicon })).toBe(false);
    expect(flagged(`${times(n, "He left.")} Then he left.`, "he", { lexicon: lexiconOf({ ...PROSE, he: 5000, then: 900 }, ["He"]) })).toBe(false);
  });
});

describe("rare lookalikes", () => {
  const { RARE, RATIO, FLOOR } = rareLookalikes.constants;
  const flags = (wag: number, was: number) => flagged("he wag in the office", "wag", { lexicon: lexiconOf({ ...PROSE, he: 5000, wag: wag, was: was }) });
  it(`RARE (${RARE.value}): only a word rarer than this is suspected`, () => {
    expect(flags(RARE.value * 0.99, 1e6)).toBe(true);
    expect(flags(RARE.value, 1e6)).toBe(false);
  });
  it(`RATIO (${RATIO.value}) and FLOOR (${FLOOR.value}): the lookalike that many times as common, and at least that common`, () => {
    const f = FLOOR.value / RATIO.value + 1;
    expect(flags(f, RATIO.value * f)).toBe(true);
    expect(flags(f, RATIO.value * f - 1)).toBe(false);
    expect(flags(0.5, FLOOR.value)).toBe(true);
    expect(flags(0.5, FLOOR.value - 1)).toBe(false);
  });
  it("leaves a surname after a title and telegraphese alone", () => {
    const lexicon = englishLexicon();
    expect(flagsOn("He spoke with Dr. Reed and Ambassador Lacy, who cld not come.", { lexicon })).toEqual([]);
  });
});

describe("engine doubt", () => {
  const { RATIO, FLOOR } = engineDoubt.constants;
  const doubted = (bat: number, hat: number) =>
    flagged("the bat left", "bat", { lexicon: lexiconOf({ ...PROSE, bat: bat, hat: hat }), lowConfidence: [{ start: 4, end: 7, confidence: 0.3 }] });
  it(`RATIO (${RATIO.value}) and FLOOR (${FLOOR.value}): a doubted word is flagged only beside a far commoner lookalike`, () => {
    const f = FLOOR.value / RATIO.value + 1;
    expect(doubted(f, RATIO.value * f)).toBe(true);
    expect(doubted(f, RATIO.value * f - 1)).toBe(false);
    expect(doubted(0.5, FLOOR.value)).toBe(true);
    expect(doubted(0.5, FLOOR.value - 1)).toBe(false);
  });
});

describe("misread numbers", () => {
  const lexicon = englishLexicon();
  const { RECURS, EARLIEST, TABLE_NUMBERS, TABLE_SHARE } = misreadNumbers.constants;

  it("leaves quantities alone and reads a number as a year only in a date's context", () => {
    const memo =
      "MEMORANDUM FOR THE RECORD\n\nThe convoy carried 2950 tons of grain and 3900 men to the port, Source says so. " +
      "The cargo was valued at 4900 rubles and the pier is 5980 metres long. The captain, who has served since 1948, " +
      "said the ships will sail again in the spring. Telegrams 260, 261, 262 refer.\n\n2981. You are requested to reply.\n";
    expect(flagsOn(memo, { lexicon })).toEqual([]);
    expect(flagsOn("He arrived in May 2956 and left in 2951 for home.", { lexicon })).toEqual(["2956→1956 (misread-numbers)", "2951→1951 (misread-numbers)"]);
    // A month misread is still a month.
    expect(flagsOn("The ship arrived on 2 Jnne 2956 with cargo.", { lexicon }).filter((f) => f.includes("misread-numbers"))).toEqual(["2956→1956 (misread-numbers)"]);
  });

  it(`RECURS (${RECURS.value}): a number written that often makes a one-off a digit from it a misreading`, () => {
    const doc = (n: number) => `${times(n, "Plant 417 closed.\n")}Plant 427 closed.`;
    expect(flagged(doc(RECURS.value), "427", { lexicon })).toBe(true);
    expect(flagged(doc(RECURS.value - 1), "427", { lexicon })).toBe(false);
  });

  it(`EARLIEST (${EARLIEST.value}): an earlier year is likelier a misread digit than a year the report recalls`, () => {
    const year = EARLIEST.value;
    const doc = (recalled: number, recurring: number) => `in ${recurring} and in ${recurring} he left; in ${recalled} he was born.`;
    expect(flagged(doc(year, year + 9), String(year), { lexicon })).toBe(false);
    expect(flagged(doc(year - 1, year - 11), String(year - 1), { lexicon })).toBe(true);
  });

  it(`TABLE_NUMBERS (${TABLE_NUMBERS.value}) and TABLE_SHARE (${TABLE_SHARE.value}): a line of numbers is a table, its numbers quantities`, () => {
    const line = (numbers: number, words: number) => `in 2956 ${Array.from({ length: numbers - 1 }, (_, k) => 17 + k).join(" ")} ${times(words - numbers - 1, "and")}`.trim();
    const minimum = Math.ceil(TABLE_NUMBERS.value / TABLE_SHARE.value);
    expect(flagged(line(TABLE_NUMBERS.value, minimum), "2956", { lexicon })).toBe(false);
    expect(flagged(line(TABLE_NUMBERS.value, minimum + 1), "2956", { lexicon })).toBe(true);
    expect(flagged(line(TABLE_NUMBERS.value - 1, 3), "2956", { lexicon })).toBe(true);
  });
});

describe("brackets, stops and stray tokens", () => {
  const lexicon = englishLexicon();
  it("pairs brackets across words: a brace is the bracket its partner calls for", () => {
    expect(flagsOn("He met [name not declassified} and {place not declassified] in ( see 4/12) March.", { lexicon })).toEqual([
      "declassified}→declassified] (bracket-pairs)",
      "{place→[place (bracket-pairs)",
    ]);
  });
  it("reads the pronoun I misread before a verb, not a number before a noun", () => {
    expect(flagsOn("He left, and 1 do not know why. Paragraph 1 was read. T have seen 1 man.", { lexicon })).toEqual(["1→I (stray-tokens)", "T→I (stray-tokens)"]);
  });
  it("reads a comma before a running head as a sentence going on", () => {
    expect(flagsOn("review it from time to time,\n\nSECRET\n\n- 2 -\n\nand report to the council.", { lexicon })).toEqual([]);
  });
});

describe("the page image as evidence", () => {
  const lexicon = lexiconOf({ ...PROSE, arrived: 100, had: 3000, bad: 40 });
  const text = "The steamer arived with bad officers";
  const at = (word: string, reading: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: reading });

  it("puts a different reading that makes a known word first, and lowers a flag the image reads the same", () => {
    const read = detect(text, { lexicon, imageReadings: [at("arived", "arrived")] });
    expect(read[0]).toMatchObject({ text: "arived", rule: "unknown-words", candidates: [{ text: "arrived", evidence: "read again from the image" }] });
    const same = detect(text, { lexicon, imageReadings: [at("arived", "arived")] });
    expect(same[0]).toMatchObject({ text: "arived", imageAgrees: true });
    // A reading that makes no known word changes nothing.
    expect(detect(text, { lexicon, imageReadings: [at("arived", "arivcd")] })).toEqual(detect(text, { lexicon }));
    expect(detect(text, { lexicon, rulesOff: ["image-rereads"], imageReadings: [at("arived", "arrived")] })).toEqual(detect(text, { lexicon }));
  });

  it(`READING_DOUBT (0.45): a word no rule flagged is flagged for its reading only where the OCR doubted it that much`, () => {
    const { READING_DOUBT } = imageRereads.constants;
    const flags = (confidence: number) =>
      detect(text, { lexicon, imageReadings: [at("bad", "had")], lowConfidence: [{ ...at("bad", ""), confidence }] }).filter((f) => f.rule === "image-rereads");
    expect(flags(READING_DOUBT.value - 0.01)).toEqual([expect.objectContaining({ text: "bad", candidates: [expect.objectContaining({ text: "had" })] })]);
    expect(flags(READING_DOUBT.value)).toEqual([]);
  });
});
