/**
 * Character error rate as the corpus measures it (dinglehopper's convention): Levenshtein
 * distance over code points after NFC, with every run of whitespace collapsed to one space in
 * both texts, divided by the length of the reference so collapsed.
 */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = Array.from(normalise(reference));
  const hyp = Array.from(normalise(hypothesis));
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1;
  return levenshtein(ref, hyp) / ref.length;
}

const normalise = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ").trim();

/** Edit distance between two sequences, in two rows of memory. */
export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}
