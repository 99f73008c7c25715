import { editDistance } from "./align-tokens";

/** A word within reach of another, with how far it is and how common. */
export interface NearWord {
  word: string;
  distance: number;
  frequency: number;
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Words within edit distance 2 of a query, by symmetric deletion (as SymSpell does): each word
 * is indexed under itself and its deletions of up to `depth` letters; a query looks up itself
 * and its one- and two-letter deletions. Every word at distance ≤ 1 is found, and with depth 1
 * most at distance 2 (not two letters each misread for another: "Nevember" for "November"),
 * with depth 2 all; in microseconds, where scoring every word of a 50,000-word list would take
 * milliseconds. Depth 2 costs about ten times the keys: for a collection's words, not a language's.
 */
export class NearWords {
  private readonly index = new Map<string, number[]>();
  private readonly words: string[] = [];
  private readonly frequencies: number[] = [];

  constructor(entries: Iterable<[word: string, frequency: number]>, depth: 1 | 2 = 1) {
    for (const [word, frequency] of entries) {
      const id = this.words.push(word) - 1;
      this.frequencies.push(frequency);
      const keys = new Set([word, ...deletes(word)]);
      if (depth === 2) for (const d of deletes(word)) for (const dd of deletes(d)) keys.add(dd);
      for (const key of keys) {
        const ids = this.index.get(key);
        if (ids) ids.push(id);
        else this.index.set(key, [id]);
      }
    }
  }

  /** Indexed words within `maxDistance` (≤ 2) of `query`, nearest first, then most common first. */
  near(query: string, maxDistance = 2): NearWord[] {
    const keys = new Set([query, ...deletes(query)]);
    if (maxDistance >= 2) for (const d of deletes(query)) for (const dd of deletes(d)) keys.add(dd);
    const seen = new Set<number>();
    const out: NearWord[] = [];
    for (const key of keys) {
      for (const id of this.index.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const word = this.words[id];
        if (word === query) continue;
        const distance = editDistance(query, word);
        if (distance <= maxDistance) out.push({ word, distance, frequency: this.frequencies[id] });
      }
    }
    return out.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency);
  }
}
