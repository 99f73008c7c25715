// Transliterated Russian names end in a few endings a typist writes again and again: patronymics
// in -ovich and -evna, surnames in -skaya and -ov, places in -gorsk. An ending one misread letter
// from one of them gives a misread name away, though no dictionary has the name itself.
import { isMisreading, onlyDifference } from "./lookalikes";

/** Endings of four letters or more (shorter ones are a letter from too many English words). */
const ENDINGS = ["ovich", "evich", "yevich", "ovna", "evna", "yevna", "ichna", "skiy", "skaya", "tskaya", "tskiy", "ovskiy", "evskiy", "ovskaya", "gorsk", "grad", "ovka", "yevka", "insk"];

/**
 * The word with its ending put right, when the word (a name: it begins with a capital) ends one
 * lookalike letter from a Russian ending ("Olenekaya" → "Olenskaya"); null when none fits.
 */
export function nameEndingFix(word: string): string | null {
  if (word.length < 6 || !/^\p{Lu}/u.test(word)) return null;
  const upper = word === word.toUpperCase();
  const lower = word.toLowerCase();
  if (ENDINGS.some((ending) => lower.endsWith(ending))) return null;
  for (const ending of ENDINGS) {
    if (lower.length < ending.length + 2) continue;
    const pair = onlyDifference(lower.slice(-ending.length), ending);
    if (!pair || !isMisreading(pair)) continue;
    return word.slice(0, -ending.length) + (upper ? ending.toUpperCase() : ending);
  }
  return null;
}
