// Text that does not repeat, for timing a detector that caches per word: clean pages copied to
// size, each copy with its own seeded OCR noise (lookalike letters swapped, letters dropped, a
// stray symbol), so most error tokens are new.
import { seeded as random } from "../../lib/metrics/seeded-random";

const LOOKALIKES: Record<string, string[]> = { e: ["c", "o"], a: ["o", "s"], s: ["a", "5"], h: ["b", "n"], n: ["h", "u"], l: ["1", "i"], i: ["l", "!"], o: ["0", "e"], r: ["n"], m: ["rn"], t: ["f"], c: ["e"], d: ["cl"], u: ["n"] };

/** The texts copied until `size` UTF-16 units, one character in about 40 misread per copy. */
export function noisyText(texts: readonly string[], size: number, seed: number): string {
  const next = random(seed);
  let out = "";
  for (let copy = 0; out.length < size; copy++) {
    for (const text of texts) {
      let page = "";
      for (const ch of text) {
        const swaps = LOOKALIKES[ch];
        const roll = next();
        if (swaps && roll < 0.02) page += swaps[Math.floor(next() * swaps.length)];
        else if (/\p{L}/u.test(ch) && roll < 0.025) page += "";
        else if (/\p{L}/u.test(ch) && roll < 0.027) page += ch + "~";
        else page += ch;
      }
      out += `${page}\n\f`;
      if (out.length >= size) break;
    }
  }
  return out.slice(0, size);
}
