// What every section of `npm run bench` measures with: one seeded generator, quantiles, verdicts.

/** A deterministic PRNG (a linear congruential generator), so that runs are comparable. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** The q-quantile (0–1) of the values: the nearest rank, no interpolation; 0 for none. */
export const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** How a figure reads against its target. */
export const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");
