import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignChangedTokens, editDistance } from "./align-tokens";
import { charEdits } from "./char-edits";
import { detect, type Reason, type Suggestion } from "./detect";
import { offersDefault } from "./suggestion";
import type { Lexicon } from "./lexicon";
import { emptyModel, lessonOf, mergeModels, vouchedWords, type SuggestModel } from "./model";
import { NearWords } from "./near-words";
import { nameEndingFix } from "./name-endings";

const WORDS = ["the", "mission", "arrived", "on", "august", "steamer", "and", "now", "consists", "of", "eleven", "persons", "whom", "at", "least", "four", "are", "officers", "his", "time", "in", "district", "was", "they", "near", "hours", "harbor", "office", "pier", "station", "persons", "ports", "between", "operates", "nightly", "too", "left", "met", "them", "source", "she", "is", "a", "chemist", "as", "firm", "assistant", "who", "for", "laboratory", "he", "ill", "tired", "file", "subject", "colonel", "plant", "report"];
const FREQ: Record<string, number> = { the: 30000, and: 20000, his: 5000, was: 9000, they: 6000, of: 25000, on: 8000, at: 6000, in: 15000, now: 2000, near: 400, time: 1500 };

/** A small English for tests: the listed words, with made-up frequencies. */
const lexicon: Lexicon = {
  has: (w) => WORDS.includes(w.toLowerCase()) && (w === w.toLowerCase() || w === w[0].toUpperCase() + w.slice(1).toLowerCase() || w === w.toUpperCase()),
  frequency: (w) => FREQ[w.toLowerCase()] ?? 10,
  near: (w) => new NearWords(WORDS.map((x) => [x, FREQ[x] ?? 10])).near(w),
  covers: (w) => /^[\p{Script=Latin}\p{N}'’.-]+$/u.test(w),
};

/** Each flag's text with its first candidate, in text order. */
const firstFixes = (found: Suggestion[]) => found.map((f) => [f.text, f.candidates[0]?.text]);

/** The first candidate for the flag on a given text. */
const firstFixOf = (found: Suggestion[]) => (text: string) => found.find((f) => f.text === text)?.candidates[0]?.text;

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 40 });

describe("token alignment", () => {
  it("recovers a random edit script: the replaced words, and only those", () => {
    fc.assert(
      // OCR-like edits: one character of a word misread (an arbitrary rewrite has many equally good alignments).
      fc.property(sentence, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("x", "q", "z", "rn", "1")), { maxLength: 6 }), (words, edits) => {
        const after = [...words];
        const changed = new Map<number, string>();
        for (const [at, pos, ch] of edits) {
          const i = at % words.length;
          const w = words[i];
          const k = pos % w.length;
          const replacement = w.slice(0, k) + ch + w.slice(k + 1);
          if (replacement === w || changed.has(i)) continue;
          after[i] = replacement;
          changed.set(i, replacement);
        }
        const pairs = alignChangedTokens(words.join(" "), after.join(" "));
        const expected = [...changed].sort((a, b) => a[0] - b[0]).map(([i, w]) => [words[i], w]);
        expect(pairs.map((p) => [p.from?.text, p.to?.text])).toEqual(expected);
      }),
    );
  });

  it("pairs a split or a merge with the words it touched, and offsets point at the tokens", () => {
    const a = "met Gen serslov in Tokyo";
    const b = "met Genserslov in Tokio";
    const pairs = alignChangedTokens(a, b);
    for (const p of pairs) {
      if (p.from) expect(a.slice(p.from.start, p.from.end)).toBe(p.from.text);
      if (p.to) expect(b.slice(p.to.start, p.to.end)).toBe(p.to.text);
    }
    expect(pairs.map((p) => p.to?.text ?? null)).toContain("Tokio");
    expect(pairs.some((p) => p.to?.text === "Genserslov")).toBe(true);
  });
});

describe("character confusions", () => {
  it("finds a misreading as one place, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-k]{0,6}$/), fc.stringMatching(/^[a-k]{0,6}$/), (before, after) => {
        expect(charEdits(`${before}rn${after}`, `${before}m${after}`)).toEqual([{ from: "rn", to: "m" }]);
        expect(charEdits(`${before}li${after}`, `${before}h${after}`)).toEqual([{ from: "li", to: "h" }]);
      }),
    );
  });

  it("counts code points, not halves of surrogate pairs", () => {
    expect(charEdits("a😀b", "a😃b")).toEqual([{ from: "😀", to: "😃" }]);
  });
});

describe("the collection model", () => {
  const texts = fc.array(sentence.map((w) => w.join(" ")), { minLength: 2, maxLength: 5 });

  it("is the same whatever order the revisions are learned in, and a lesson taken back leaves nothing", () => {
    fc.assert(
      fc.property(texts, (chain) => {
        const lessons = chain.slice(1).map((next, i) => lessonOf(chain[i], next));
        const forward = lessons.reduce((m, l) => mergeModels(m, l), emptyModel());
        const backward = [...lessons].reverse().reduce((m, l) => mergeModels(m, l), emptyModel());
        expect(normal(forward)).toEqual(normal(backward));
        expect(normal(lessons.reduce((m, l) => mergeModels(m, l, -1), forward))).toEqual(normal(emptyModel()));
      }),
    );
  });

  it("learns the rewrite, the confusion and the word of a correction", () => {
    const lesson = lessonOf("The modern Genserslov left", "The modem Generalov left");
    expect(lesson.rewrites.modern).toEqual({ modem: 1 });
    expect(lesson.rewrites.Genserslov).toEqual({ Generalov: 1 });
    expect(lesson.confusions["rn→m"]).toBe(1);
    expect(lesson.words.Generalov).toBe(1);
  });

  it("keeps words like constructor and __proto__ as counts, never as properties of objects", () => {
    const model = mergeModels(lessonOf("a constructor toString", "a constructer toStrinq"), vouchedWords("hasOwnProperty constructor"));
    expect(model.rewrites.constructor).toEqual({ constructer: 1 });
    expect(model.words.constructor).toBe(1);
    expect(({} as Record<string, unknown>).constructer).toBeUndefined();
    expect(Object.getPrototypeOf(model.words)).toBeNull();
  });
});

const normal = (m: SuggestModel) => JSON.parse(JSON.stringify(m)) as unknown;

describe("Russian endings", () => {
  it("puts right a name's ending one lookalike letter from a Russian one, and leaves sound endings and short words alone", () => {
    expect(nameEndingFix("Zaretekaya")).toBe("Zaretskaya");
    expect(nameEndingFix("ZARETEKAYA")).toBe("ZARETSKAYA");
    expect(nameEndingFix("Ozernogersk")).toBe("Ozernogorsk");
    expect(nameEndingFix("Sergeyevieh")).toBe("Sergeyevich");
    expect(nameEndingFix("Sergeyevxyz")).toBe(null);
    for (const sound of ["Timofeyevich", "Mikhaylovna", "Zaretskaya", "Ozernogorsk", "Lomakin", "Novna", "steamer"]) expect(nameEndingFix(sound)).toBe(null);
  });
});

describe("near words", () => {
  const words = ["february", "november", "nishikura", "bryzgalov"];

  it("finds every word at distance 1, and at depth 2 every word at distance 2, against a full scan", () => {
    const shallow = new NearWords(words.map((w) => [w, 1]));
    const deep = new NearWords(words.map((w) => [w, 1]), 2);
    const misread = fc.tuple(fc.constantFrom(...words), fc.array(fc.tuple(fc.nat(), fc.constantFrom("a", "e", "rn", "")), { minLength: 1, maxLength: 2 }));
    fc.assert(
      fc.property(misread, ([word, edits]) => {
        let query = word;
        for (const [at, to] of edits) {
          const k = at % query.length;
          query = query.slice(0, k) + to + query.slice(k + 1);
        }
        const scan = words.filter((w) => w !== query && editDistance(query, w) <= 2).sort();
        expect(deep.near(query).map((n) => n.word).sort()).toEqual(scan);
        const one = words.filter((w) => w !== query && editDistance(query, w) <= 1);
        for (const w of one) expect(shallow.near(query).map((n) => n.word)).toContain(w);
      }),
    );
    // Two letters each misread for another: beyond depth 1, within depth 2.
    expect(shallow.near("pabruary").map((n) => n.word)).toEqual([]);
    expect(deep.near("pabruary").map((n) => n.word)).toEqual(["february"]);
  });
});

describe("the detector", () => {
  const model = mergeModels(lessonOf("Genserslov met them", "Generalov met them"), lessonOf("Genserslov left", "Generalov left"));

  it("gives an empty list for an empty document", () => {
    expect(detect("", { lexicon, model })).toEqual([]);
  });

  it("reads a stray symbol beside a dash typed as two hyphens (it threw: an empty word between them)", () => {
    expect(detect("the steamer--arri~ved on", { lexicon }).map((f) => [f.text, f.candidates[0]?.text])).toEqual([["steamer--arri~ved", "steamer--arrived"]]);
    // Nor one after a hyphen read before a possessive (it threw too).
    expect(() => detect("the Steamer~'s office", { lexicon })).not.toThrow();
  });

  it("flags a recorded variant, a rewrite the team accepted, and a misspelt common word", () => {
    const text = "The mission arrived on 9 August. Genserslov was near, and Otroshenko too. The steamer arived.";
    const found = detect(text, { lexicon, model, entities: [{ name: "Sergey Otroshchenko", variants: ["Otroshenko"] }] });
    const by = (w: string) => found.find((f) => f.text === w);
    expect(by("Genserslov")).toMatchObject({ reason: "rewrite", candidates: [{ text: "Generalov", evidence: "Genserslov → Generalov, accepted twice" }] });
    expect(by("Otroshenko")).toMatchObject({ reason: "entity", candidates: [{ text: "Otroshchenko" }] });
    expect(by("arived")).toMatchObject({ reason: "non-word", candidates: [{ text: "arrived" }] });
    expect(by("mission")).toBeUndefined();
  });

  it("leaves numbers, dates, roman numerals, abbreviations, codes and ignored words alone", () => {
    const text = "On 9 August 1947, at 2200 hours, XIV persons (K.K. FL-47-0311, B-2, OZ-417) and Zzyzx arrived.";
    expect(detect(text, { lexicon, ignore: ["Zzyzx"] }).map((f) => f.text)).toEqual([]);
  });

  it("reads a word split at a line end as one word", () => {
    expect(detect("the mis-\nsion arrived", { lexicon }).map((f) => f.text)).toEqual([]);
    expect(detect("the stee-\nmer arrived", { lexicon }).map((f) => f.text)).toEqual(["stee"]);
  });

  it("accepts a name the document spells the same way again and again, and flags its one misreading", () => {
    const text = "Nishikura harbor. Nishikura office. Nishikura pier. Wishikura station.";
    const found = detect(text, { lexicon });
    expect(firstFixes(found)).toEqual([["Wishikura", "Nishikura"]]);
    // Misread the same way twice, against three times right: a lookalike letter, the rarer spelling.
    const twice = "Nishikura harbor. NISHIKURA office. Nishikura pier. Mishikura station, Mishikura pier.";
    expect(firstFixes(detect(twice, { lexicon }))).toEqual([
      ["Mishikura", "Nishikura"],
      ["Mishikura", "Nishikura"],
    ]);
    // Two names as often as each other: no telling which is right.
    expect(detect("Sato met Saito. Sato and Saito left.", { lexicon })).toEqual([]);
  });

  it("flags a name the document misreads the same way twice when the collection's corrected text knows it", () => {
    const text = "Colonel Brytgalov arrived. Later Brytgalov left.";
    expect(detect(text, { lexicon })).toEqual([]);
    const learned = mergeModels(emptyModel(), vouchedWords("Colonel Bryzgalov of Plant No. 417."));
    expect(firstFixes(detect(text, { lexicon, model: learned }))).toEqual([
      ["Brytgalov", "Bryzgalov"],
      ["Brytgalov", "Bryzgalov"],
    ]);
    // Two letters each misread for another, the same way twice.
    const twice = "On 22 Pabruary the steamer left; on 23 Pabruary the steamer arrived.";
    expect(firstFixes(detect(twice, { lexicon, model: mergeModels(emptyModel(), vouchedWords("on 4 February 1954")) }))).toEqual([
      ["Pabruary", "February"],
      ["Pabruary", "February"],
    ]);
  });

  it("flags mismatched brackets, stray symbols, mixed case and a capital inside a sentence", () => {
    const text = "Pavel S. [Sergeyevich} arrived, S® near suxHovey. The mission operates Nightly between ports.";
    const found = detect(text, { lexicon, ignore: ["Pavel"] });
    expect(found.find((f) => f.text === "[Sergeyevich}")?.candidates[0]?.text).toBe("[Sergeyevich]");
    expect(found.some((f) => f.text === "S®")).toBe(true);
    expect(found.find((f) => f.text === "suxHovey")).toMatchObject({ reason: "non-word" });
    expect(found.find((f) => f.text === "Nightly")).toMatchObject({ reason: "real-word", candidates: [{ text: "nightly" }] });
  });

  it("puts a stray symbol back to the letter, digit or stop it was misread for, where that makes a known word or code", () => {
    const text = "SOURCE! Kurahashi\nShe is @ chemist @s the firm's asa@istant, #ho left in 19$1 (file GH-49~1127) for the labo~\nratory. He was i11 and a8 tired.";
    const found = detect(text, { lexicon, ignore: ["Kurahashi"] });
    const fix = firstFixOf(found);
    expect(fix("SOURCE!")).toBe("SOURCE:");
    expect(fix("@")).toBe("a");
    expect(fix("@s")).toBe("as");
    expect(fix("asa@istant,")).toBe("assistant,");
    expect(fix("#ho")).toBe("who");
    expect(fix("19$1")).toBe("1951");
    expect(fix("GH-49~1127)")).toBe("GH-49-1127)");
    expect(fix("labo~")).toBe("labo-");
    expect(fix("i11")).toBe("ill");
    expect(fix("a8")).toBe("as");
    // A line of noise is left to the image: no guess.
    expect(detect("the @#$~ line", { lexicon })[0]).toMatchObject({ text: "@#$~", candidates: [] });
  });

  it("keeps the case a name is written in, and never rewrites part of a code into a code", () => {
    const learned = mergeModels(vouchedWords("Colonel Sukhovey of the plant. Report GH-52-0094 on Sukhovey."), lessonOf("file GH~S2-G0O94;", "file GH-52-0094;"));
    const found = detect("SUBJECT: SUEHOVEY, Ivan\nfile GH-$2-0094 on Saukhovey", { lexicon, model: learned });
    const fix = firstFixOf(found);
    expect(fix("SUEHOVEY")).toBe("SUKHOVEY");
    expect(fix("Saukhovey")).toBe("Sukhovey");
    expect(fix("GH-$2-0094")).toBe("GH-52-0094");
    expect(found.some((f) => f.candidates.some((c) => c.text.includes("0094-")))).toBe(false);
  });

  it("flags a number a digit from one the document repeats, and a year after all its others, but not the past it recalls", () => {
    const text = [
      "DATE: May 1949. Plant 417 and Plant 417 again, in 1949 and 1949.",
      "He was born in 1907 and left in 1943; by 1959 the plant 427 had closed; in 3949 he left and in 3949 he came back.",
      "Between 2200 and 2239 hours.",
    ].join("\n");
    const found = detect(text, { lexicon });
    const fix = firstFixOf(found);
    expect(fix("1959")).toBe("1949");
    expect(fix("427")).toBe("417");
    // Misread the same way twice, a year of this century with a misread 1 is still flagged.
    expect(found.filter((f) => f.text === "3949").map((f) => f.candidates[0]?.text)).toEqual(["1949", "1949"]);
    for (const t of ["1907", "1943", "2239", "2200", "417"]) expect(found.some((f) => f.text === t)).toBe(false);
  });

  it("puts a common word's stray capital back mid-sentence, even where the OCR repeats it", () => {
    const text = "the steamer Of the mission and the office Of his time, and in On the pier. On the pier the Station left the Station.";
    const found = detect(text, { lexicon });
    expect(found.filter((f) => f.text === "Of").map((f) => f.candidates[0]?.text)).toEqual(["of", "of"]);
    // After a stop the capital stays; a word that is not one of the commonest keeps its capital where the OCR repeats it.
    expect(found.filter((f) => f.text === "On").map((f) => f.start)).toEqual([text.indexOf("in On") + 3]);
    expect(found.some((f) => f.text.startsWith("Station"))).toBe(false);
  });

  it("flags a dictionary word in capitals a letter from capitals the collection writes again and again", () => {
    const learned = mergeModels(emptyModel(), vouchedWords("DATE OF INFO: 1951\nDATE ACQUIRED: 1951\nPLACE ACQUIRED: Nishikura"));
    const text = "SATE OF INFO: 1952\nPLACE ACQUIRES: Nishikura\nNOT RELEASABLE";
    const found = detect(text, { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || ["sate", "acquires", "not", "info", "place", "releasable"].includes(w.toLowerCase()) }, model: learned });
    expect(firstFixes(found)).toEqual([["SATE", "DATE"], ["ACQUIRES", "ACQUIRED"]]);
    expect(detect(text, { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || ["sate", "acquires", "not", "info", "place", "releasable"].includes(w.toLowerCase()) } }).map((f) => f.text)).toEqual([]);
  });

  it("reads a lone 4 or & between small words as 'a', and flags a lone bracket or small letter", () => {
    const text = "they met in 4 office and & station near 4 persons. STATE x ARMY } left i the pier.";
    const found = detect(text, { lexicon });
    expect(firstFixes(found)).toEqual([
      ["4", "a"],
      ["&", "a"],
      ["x", "X"],
      ["}", undefined],
      ["i", undefined],
    ]);
  });

  it("puts a word with capitals inside it in the case of the words around it", () => {
    const found = detect("the MISSion arrived; DATE aCQUIRED: NOW; the oFficers left", { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || w.toLowerCase() === "acquired" } });
    expect(firstFixes(found)).toEqual([
      ["MISSion", "Mission"],
      ["aCQUIRED", "ACQUIRED"],
      ["oFficers", "officers"],
    ]);
  });

  it("flags a common word in capitals inside a line of small letters, but not a header's or a name's capitals", () => {
    const text = "the steamer and LEFT the pier\nSECRET\nHARBOR OFFICE\nthey met KURAHASHI at the office";
    const found = detect(text, { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || ["left", "secret", "harbor", "office"].includes(w.toLowerCase()) } });
    expect(firstFixes(found)).toEqual([["LEFT", "left"]]);
  });

  it("ends an initial with a full stop, and a paragraph before a marker misread as a symbol", () => {
    const text = "1. The mission left.\n2. Pavel s, [Sergeyevich] Lomakin, chief of the office,\n¢. The persons arrived.";
    const found = detect(text, { lexicon });
    const fix = firstFixOf(found);
    expect(fix("s,")).toBe("S.");
    expect(fix("office,")).toBe("office.");
    expect(found.some((f) => f.text === "Lomakin,")).toBe(false);
  });

  it("tells apart lookalike common words where the words beside them allow only one", () => {
    const text = [
      "He agreed because be had been promised a post, and they are said to he officers.",
      "The pay is 4,900 rubles for engineers end 2,200 for others; at the end of May he bad worked there.",
      "He speaks fair English and same Japanese, the same as before, and asked far the list so far.",
      "It has bees done. It will be here, and the bees left.",
    ].join("\n");
    const found = detect(text, { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || /^(be|he|end|bad|had|same|some|far|for|bees|been|pay|rubles|others|speaks|fair|asked|list|done|here|post|said|agreed|because|promised|worked|there|before|it|will)$/u.test(w), frequency: (w) => ({ end: 300, same: 500, far: 300, bad: 200, be: 6000, he: 8000 })[w] ?? lexicon.frequency(w) } });
    const fixes = firstFixes(found.filter((f) => f.reason === "real-word"));
    expect(fixes).toEqual([
      ["be", "he"],
      ["he", "be"],
      ["end", "and"],
      ["bad", "had"],
      ["same", "some"],
      ["far", "for"],
      ["bees", "been"],
    ]);
  });

  it("flags a courtesy title misread or closed with a comma before a name, and a rare word with a capital a letter from a common one", () => {
    const few: Record<string, number> = { om: 1.4, on: 7000, hie: 0.1, his: 2100, the: 30000, seen: 300, with: 9000, was: 9000, and: 20000, left: 500, pier: 20, office: 300, april: 50 };
    const small: Lexicon = { has: (w) => w.toLowerCase() in few, frequency: (w) => few[w.toLowerCase()] ?? 0, near: (w) => new NearWords(Object.entries(few)).near(w), covers: () => true };
    const text = "Seen with Mes, OTSUKA and Gr. HOSHIDA and Mr, Kurahashi and Mr. Wendling.\nOm 26 April hie office was left.";
    const found = detect(text, { lexicon: small, ignore: ["OTSUKA", "HOSHIDA", "Kurahashi", "Wendling"] });
    expect(firstFixes(found)).toEqual([
      ["Mes,", "Mrs."],
      ["Gr.", "Dr."],
      ["Mr,", "Mr."],
      ["Om", "On"],
      ["hie", "his"],
    ]);
  });

  it("accepts a known word's possessive, and a unit after a number", () => {
    const text = "Nishikura harbor. Nishikura’s pier and Nishikura's office: 175 cm tall.";
    expect(detect(text, { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || w === "cm" || w === "tall" || w === "em" || w === "harbor", frequency: (w) => (w === "em" ? 5000 : w === "cm" ? 1 : lexicon.frequency(w)) } })).toEqual([]);
  });

  it("flags a stop misread as another: a paragraph or sentence ending in a comma, a header label with a semicolon", () => {
    const text = [
      "SUBJECT: Steamer\nHARBOR OFFICE; FL-47-0311\nREPORT NO.; 14\nDATE: 1947",
      "",
      "1. The mission arrived in August, The steamer left,",
      "2. The officers met them at the pier, near the station,",
      "",
      "3. Now the mission consists of eleven persons, four of whom are officers, and his time, in the district,",
      "was left. At least four arrived, at the office.",
    ].join("\n");
    const found = detect(text, { lexicon });
    const fix = firstFixOf(found);
    expect(fix("OFFICE;")).toBe("OFFICE:");
    expect(fix("NO.;")).toBe("NO.:");
    expect(fix("August,")).toBe("August.");
    expect(fix("left,")).toBe("left.");
    expect(fix("station,")).toBe("station.");
    // Commas inside a sentence, one ending a line that goes on, and one before a name stay.
    for (const t of ["persons,", "officers,", "time,", "district,", "arrived,", "pier,"]) expect(found.some((f) => f.text === t)).toBe(false);
    // Without a header of colon-ended labels, a semicolon after capitals is nobody's business.
    expect(detect("SUMMARY; the steamer left.", { lexicon }).some((f) => f.text === "SUMMARY;")).toBe(false);
  });

  it("ends the paragraph after a word split at a line end, reads 'A' before a word as a sentence's start, and a digit as an initial", () => {
    const text = "SUBJECT: Steamer\nDATE OF IMPO: 1947\nPLACE: Nishikura\n\n1. They met the officers at the sta-\ntion,\n2. The persons left, A list of them was kept, A Sukhovey too. Pavel 8, [Sergeyevich] arrived.";
    const found = detect(text, { lexicon: { ...lexicon, has: (w) => lexicon.has(w) || /^(subject|date|place|list|kept|persons|arrived|steamer|too|them|they)$/iu.test(w) }, ignore: ["Nishikura", "Sukhovey", "Pavel", "Sergeyevich"] });
    const fix = (t: string) => found.find((f) => f.text === t);
    expect(fix("tion,")?.candidates[0]?.text).toBe("tion.");
    expect(fix("left,")?.candidates[0]?.text).toBe("left.");
    expect(fix("kept,")).toBeUndefined();
    expect(fix("8,")?.candidates[0]?.text).toBe("S.");
    // A header's label is words: an unknown one is flagged with no fix in view.
    expect(fix("IMPO")).toMatchObject({ reason: "non-word", candidates: [] });
  });

  it("learns straightened quotes from corrections, and suggests them only once the team has made them twice", () => {
    const raw = "He said “twenty years” and left.";
    const once = lessonOf(raw, raw.replace("“twenty", '"twenty'));
    expect(once.confusions).toEqual({ ["“→\""]: 1 });
    const text = "the “persons” left";
    expect(detect(text, { lexicon, model: once }).some((f) => f.text.includes("“"))).toBe(false);
    const twice = mergeModels(once, lessonOf(raw, raw.replace("“twenty years”", '"twenty years"')));
    const found = detect(text, { lexicon, model: twice });
    expect(found).toEqual([expect.objectContaining({ text: "“persons”", reason: "confusion", candidates: [expect.objectContaining({ text: '"persons”' })] })]);
    // A closing quote is its own confusion, learned from its own corrections.
    const both = mergeModels(twice, lessonOf("“the persons”", '"the persons"'));
    expect(detect(text, { lexicon, model: both })[0]?.candidates[0]?.text).toBe('"persons"');
  });

  it("puts a text in a script the lexicon does not cover to evidence only: no lexicon flags on every word", () => {
    const text = "Генерал Генсерслов прибыл в Токио. Генсерслов уехал.";
    const cyrillicModel = mergeModels(emptyModel(), lessonOf("Генсерслов", "Генералов"));
    const found = detect(text, { lexicon, model: cyrillicModel });
    expect(found.map((f) => [f.text, f.reason, f.candidates[0]?.text])).toEqual([
      ["Генсерслов", "rewrite", "Генералов"],
      ["Генсерслов", "rewrite", "Генералов"],
    ]);
  });

  it("never offers the flagged text as its own fix, and never splits a surrogate pair", () => {
    const noisy = fc.array(fc.oneof(word, fc.stringMatching(/^[a-zA-Z®$&!?0-9{}[\]]{1,8}$/), fc.constantFrom("😀", "a😀b", "𝔊en", "\n", "x-\n")), { maxLength: 60 });
    fc.assert(
      fc.property(noisy, (parts) => {
        const text = parts.join(" ");
        for (const f of detect(text, { lexicon, model })) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          for (const c of f.candidates) expect(c.text).not.toBe(f.text);
          for (const at of [f.start, f.end]) {
            const code = text.charCodeAt(at);
            expect(at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff).toBe(false);
          }
        }
      }),
    );
  });
});

describe("what a clean record is not (the false alarms of the bundled sample, as general rules)", () => {
  const withWords = (extra: string[], freq: Record<string, number> = {}): Lexicon => {
    const words = [...WORDS, ...extra];
    return {
      has: (w) => words.includes(w.toLowerCase()) && (w === w.toLowerCase() || w === w[0].toUpperCase() + w.slice(1).toLowerCase() || w === w.toUpperCase()),
      frequency: (w) => freq[w.toLowerCase()] ?? FREQ[w.toLowerCase()] ?? (words.includes(w.toLowerCase()) ? 10 : 0),
      near: (w) => new NearWords(words.map((x) => [x, freq[x] ?? FREQ[x] ?? 10])).near(w),
      covers: lexicon.covers,
      isName: (w) => w === "US",
    };
  };
  const flags = (text: string, l: Lexicon, extra: Parameters<typeof detect>[1] = {}) => detect(text, { lexicon: l, ...extra }).map((f) => [f.text, f.candidates[0]?.text]);

  it("never mends a given name into a dictionary word: before an initial, a patronymic or a surname", () => {
    const l = withWords(["vastly", "easily", "anatomy", "georgia"]);
    expect(flags("the source met Vasily I. Savelyev at the pier. He was ill.", l)).toEqual([]);
    expect(flags("the source met Anatoly Anatolyevich Rozanov and Georgiy Ivanovich Pavlychev.", l)).toEqual([]);
    // Without a name's company the same word is mended.
    expect(flags("the source was vastli ill.", l)).toEqual([["vastli", "vastly"]]);
  });

  it("leaves an abbreviation in capitals and a code with slashes alone unless the document writes its mend", () => {
    const l = withWords(["sec"]);
    expect(flags("ARMY NAVY FBI AEC\nFI/B ROM/IA", l)).toEqual([]);
    expect(flags("ARMY SEC NAVY SEC AEC", l)).toEqual([["AEC", "SEC"]]);
  });

  it("reads a symbol alone in quotes as itself, and an inflection of a known stem as a word", () => {
    expect(flags('Field Distribution By "#" at the station', lexicon)).toEqual([]);
    const l = withWords(["surveil"]);
    expect(flags("the source was surveilling his office", l)).toEqual([]);
    expect(flags("the source was blorfling his office", l)).toEqual([["blorfling", undefined]]);
  });

  it("takes a capital after a capitalised word and a title's small words for a title, not a stray capital", () => {
    expect(flags("Source is ill. Appraisal of Content: 3.", withWords(["appraisal", "content"]))).toEqual([]);
    expect(flags("the mission operates Nightly between the ports", withWords(["nightly", "operates"]))).toEqual([["Nightly", "nightly"]]);
    expect(flags("the source met Colonel Smirnov, Chief of the US section, at the pier", withWords(["us", "chief", "section", "colonel"]))).toEqual([]);
  });

  it("takes a '1.' where a later paragraph number was due for a new list, and flags any other number out of step", () => {
    const paragraphs = (numbers: string[]) => numbers.map((n) => `${n} The source arrived.`).join("\n");
    expect(flags(paragraphs(["1.", "2.", "3.", "4.", "1."]), lexicon)).toEqual([]);
    expect(flags(paragraphs(["1.", "2.", "3.", "4.", "6."]), lexicon)).toEqual([["6.", "5."]]);
    expect(flags(paragraphs(["3.", "2.", "3.", "4.", "5."]), lexicon)).toEqual([["3.", "1."]]);
  });

  it("flags a long name two misreadings from one the document writes at least twice as often (LONG_NAME 8, MUCH_MORE_OFTEN 2)", () => {
    const doc = (rare: string, rareTimes: number, common: string, commonTimes: number) =>
      [...Array(commonTimes).fill(`${common} arrived.`), ...Array(rareTimes).fill(`${rare} left.`)].join(" ");
    expect(flags(doc("Genserslov", 2, "Generalov", 5), lexicon)).toEqual([["Genserslov", "Generalov"], ["Genserslov", "Generalov"]]);
    expect(flags(doc("Genserslov", 2, "Generalov", 4), lexicon)).toEqual([["Genserslov", "Generalov"], ["Genserslov", "Generalov"]]);
    expect(flags(doc("Genserslov", 2, "Generalov", 3), lexicon)).toEqual([]);
    // Eight letters at the shorter: "Gensrslov" (9) for "Genralov" (8); at seven, too short to tell.
    expect(flags(doc("Gensrslov", 2, "Genralov", 4), lexicon)).toEqual([["Gensrslov", "Genralov"], ["Gensrslov", "Genralov"]]);
    expect(flags(doc("Gensslov", 2, "Genalov", 4), lexicon)).toEqual([]);
    // An ending is grammar, not a misreading: two people.
    expect(flags(doc("Aleksandrova", 2, "Aleksandrov", 5), lexicon)).toEqual([]);
  });

  it("never suggests away a name the collection's corrected text or the registry holds", () => {
    const doc = "Nishikura arrived. Nishikura left. Mishikura arrived. Mishikura left. Mishikura met them.";
    expect(flags(doc, lexicon)).toEqual([["Nishikura", "Mishikura"], ["Nishikura", "Mishikura"]]);
    // Vouched for, the name stays, and its double is the misreading now.
    expect(flags(doc, lexicon, { model: mergeModels(emptyModel(), vouchedWords("Nishikura")) })).toEqual(Array(3).fill(["Mishikura", "Nishikura"]));
    expect(flags(doc, lexicon, { entities: [{ name: "Taro Nishikura", variants: [] }] }).map(([t]) => t)).not.toContain("Nishikura");
  });
});

describe("low OCR confidence", () => {
  const text = "The steamer Svetloye sailed on Tuesday with Lomakin aboard.";
  const span = (word: string, confidence: number) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, confidence });

  it("flags a word the OCR was unsure of that nothing stronger flagged, saying how unsure, in text order", () => {
    const found = detect(text, { lowConfidence: [span("Tuesday", 0.31), span("Lomakin", 0.52)] });
    expect(found.map((f) => [f.text, f.reason, f.confidence])).toEqual([["Tuesday", "low-confidence", 0.31], ["Lomakin", "low-confidence", 0.52]]);
    // Only where the span is still that word: a stale span is ignored.
    expect(detect(text, { lowConfidence: [{ start: 3, end: 9, confidence: 0.2 }] })).toEqual([]);
  });

  it("leaves a stronger reason alone, and gives its candidates the confidence as evidence", () => {
    const entities = [{ name: "Generalov", variants: ["Genserslov"] }];
    const strong = detect("Comrade Genserslov arrived.", { entities, lowConfidence: [{ start: 8, end: 18, confidence: 0.4 }] });
    expect(strong.map((f) => f.reason)).toEqual(["entity"]);
    const unsure = "The persons left the office near the harbor in 1986 and now.";
    const doubt = (w: string) => ({ start: unsure.indexOf(w), end: unsure.indexOf(w) + w.length, confidence: 0.4 });
    const found = detect(unsure, { lexicon, lowConfidence: [doubt("office"), doubt("1986")] });
    // A dictionary word is not flagged for the engine's doubt alone; a number it doubts is, with
    // no candidates: only a look at the image can tell.
    expect(found).toEqual([expect.objectContaining({ text: "1986", reason: "low-confidence", confidence: 0.4, candidates: [] })]);
    // A doubted dictionary word one lookalike letter from a word over ten times as common is
    // flagged, with it (without the doubt, 22 times as common is not enough: see rareNearCommon).
    const few: Record<string, number> = { was: 9000, wag: 400, left: 500, the: 30000, office: 300 };
    const small: Lexicon = { has: (w) => w.toLowerCase() in few, frequency: (w) => few[w.toLowerCase()] ?? 0, near: (w) => new NearWords(Object.entries(few)).near(w), covers: () => true };
    const doubted = "the wag left the office";
    const at = (w: string, confidence: number) => ({ start: doubted.indexOf(w), end: doubted.indexOf(w) + w.length, confidence });
    expect(detect(doubted, { lexicon: small, lowConfidence: [at("wag", 0.3), at("office", 0.3)] })).toEqual([
      expect.objectContaining({ text: "wag", reason: "low-confidence", confidence: 0.3, candidates: [expect.objectContaining({ text: "was" })] }),
    ]);
    expect(detect(doubted, { lexicon: small })).toEqual([]);
    const misread = "The persons left the offiee near the harbor.";
    const guessed = detect(misread, { lexicon, model: { ...emptyModel() }, lowConfidence: [{ start: misread.indexOf("offiee"), end: misread.indexOf("offiee") + 6, confidence: 0.4 }] });
    // A non-word is flagged for being one, the stronger reason.
    expect(guessed.map((f) => f.reason)).toEqual(["non-word"]);
  });
});

describe("a stray bracket a fix stands for", () => {
  it("is taken into the flag's span, so that accepting the fix leaves no bracket behind", () => {
    const [f] = detect("the source left the offic} at noon", { lexicon });
    expect(f).toMatchObject({ text: "offic}", candidates: [{ text: "office" }] });
    expect(acceptFirst("the source left the offic} at noon", f!)).toBe("the source left the office at noon");
    // A bracket with its opener in the token is the pair's business, not this.
    expect(detect("the source left the (offic} at noon", { lexicon }).map((x) => x.text)).not.toContain("offic}");
  });
});

const acceptFirst = (text: string, f: Suggestion) => text.slice(0, f.start) + f.candidates[0]!.text + text.slice(f.end);

describe("offersDefault", () => {
  const with1 = { candidates: [{ text: "x", score: 0.9, evidence: "" }] };
  it("lets strong evidence choose the default, and weak evidence none", () => {
    expect(["entity", "rewrite", "confusion", "non-word"].map((reason) => offersDefault({ reason: reason as Reason, ...with1 }))).toEqual([true, true, true, true]);
    expect(offersDefault({ reason: "real-word", ...with1 })).toBe(false);
    expect(offersDefault({ reason: "low-confidence", ...with1 })).toBe(false);
    expect(offersDefault({ reason: "non-word", candidates: [] })).toBe(false);
  });
});
