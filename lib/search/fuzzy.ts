import { distance } from "fastest-levenshtein";
import { FUZZY_MAX_DISTANCE, FUZZY_MIN_LENGTH } from "./query";
import { foldWord } from "./words";

/** A learned confusion, raw → accepted ("rn" → "m"), with how often it was corrected. */
export interface Confusion {
  raw: string;
  accepted: string;
}

/** How a near word was reached: its edit distance, and the confusions that explain it if any. */
export interface NearWord {
  distance: number;
  via?: string[];
}

/** Spellings reached through confusions, at most this many per word (two steps each way). */
const MAX_VARIANTS = 2000;

/**
 * The words of a vocabulary that an OCR engine may have made of `word`: those within
 * FUZZY_MAX_DISTANCE edits (for words of FUZZY_MIN_LENGTH or more; shorter ones only as
 * spelled, since two edits turn "and" into half the language), and those reachable through
 * up to two of the collection's learned confusions, read backwards (accepted → raw), at any
 * distance, and the spellings in `known` (those the team already corrected to this word), with
 * the label given. All folded as the word index folds them.
 */
export function nearWords(
  word: string,
  vocabulary: Iterable<string>,
  { confusions = [], known = new Map() }: { confusions?: readonly Confusion[]; known?: ReadonlyMap<string, string> } = {},
): Map<string, NearWord> {
  const w = foldWord(word);
  const found = new Map<string, NearWord>();
  const allowed = Array.from(w).length >= FUZZY_MIN_LENGTH ? FUZZY_MAX_DISTANCE : 0;
  const variants = confusionVariants(w, confusions);
  for (const [spelling, label] of known) variants.set(foldWord(spelling), [label]);
  for (const term of vocabulary) {
    const via = variants.get(term);
    if (Math.abs(term.length - w.length) > allowed && !via) continue;
    const d = term === w ? 0 : distance(term, w);
    if (d <= allowed || via) found.set(term, via && d > 0 ? { distance: d, via } : { distance: d });
  }
  return found;
}

/** Spellings of a word with up to two confusions undone, each with the confusions applied. */
export function confusionVariants(word: string, confusions: readonly Confusion[]): Map<string, string[]> {
  const rules = confusions
    .map((c) => ({ from: foldWord(c.accepted), to: foldWord(c.raw), label: `${c.raw}→${c.accepted}` }))
    .filter((r) => r.from !== r.to && r.from.length > 0);
  const variants = new Map<string, string[]>();
  let frontier: [string, string[]][] = [[word, []]];
  for (let step = 0; step < 2 && frontier.length; step++) {
    const next: [string, string[]][] = [];
    for (const [spelling, via] of frontier) {
      for (const rule of rules) {
        for (let at = spelling.indexOf(rule.from); at >= 0; at = spelling.indexOf(rule.from, at + 1)) {
          const variant = spelling.slice(0, at) + rule.to + spelling.slice(at + rule.from.length);
          if (variant === word || variants.has(variant)) continue;
          variants.set(variant, [...via, rule.label]);
          next.push([variant, [...via, rule.label]]);
          if (variants.size >= MAX_VARIANTS) return variants;
        }
      }
    }
    frontier = next;
  }
  return variants;
}
