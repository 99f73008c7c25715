// Letters a typewritten page lets OCR mistake for each other, shared by every rule that asks
// whether two spellings are one misreading apart.

/** Misreadings of a typewritten page, single letters and the pairs that run together ("rn" for "m"). */
export const OCR_MISREADINGS: ReadonlySet<string> = new Set(
  ["rn/m", "m/rn", "cl/d", "d/cl", "li/h", "h/li", "ii/u", "u/ii", "vv/w", "w/vv", "in/m", "m/in", "ni/m", "nn/m", "c/e", "e/c", "o/e", "e/o", "a/e", "a/o", "s/a", "a/s", "b/h", "h/b", "n/h", "h/n", "u/n", "n/u", "f/t", "t/f", "l/i", "i/l", "1/l", "l/1", "0/o", "o/0", "5/s", "s/5", "8/b", "b/8", "r/n", "n/r", "y/v", "v/y", "k/h", "q/g", "g/q", "c/o", "o/c", "w/v", "v/w", "l/t", "t/l", "d/o", "o/d", "g/s", "s/g", "z/s", "s/z", "k/r", "r/k", "b/r", "r/b", "p/f", "f/p", "i/t", "t/i", "e/s", "s/e"],
);

/** Single letters that look alike in typescript, both ways round. */
export const LOOKALIKE: ReadonlySet<string> = new Set(["h/b", "e/s", "h/n", "n/m", "e/c", "e/o", "a/o", "a/e", "a/s", "t/f", "t/l", "i/l", "l/1", "r/n", "u/n", "v/y", "w/v", "g/q", "g/s", "y/v", "d/c", "f/t", "s/a", "o/c", "e/a", "l/t", "h/k"].flatMap((p) => [p, p.split("/").reverse().join("/")]));

/** Whether "x/y" (x read where y was typed) is a misreading either list knows. */
export const isMisreading = (pair: string): boolean => LOOKALIKE.has(pair) || OCR_MISREADINGS.has(pair);

/**
 * The letters two spellings of one length differ in, as "read/typed" ("e/s"), when they differ
 * in exactly one place; null otherwise.
 */
export function onlyDifference(read: string, typed: string): string | null {
  if (read.length !== typed.length) return null;
  let at = -1;
  for (let k = 0; k < read.length; k++) {
    if (read[k] === typed[k]) continue;
    if (at >= 0) return null;
    at = k;
  }
  return at < 0 ? null : `${read[at]}/${typed[at]}`;
}

