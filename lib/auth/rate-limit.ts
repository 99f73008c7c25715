/**
 * Counts failed attempts per key (an account or an IP) in a sliding window. Kept in memory: the
 * workbench is one process on one machine, and a restart forgetting the counts is harmless next
 * to argon2's cost per guess.
 */
export interface RateLimiter {
  /** Milliseconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string): number;
  recordFailure(key: string): void;
  reset(key: string): void;
}

export function createRateLimiter(options: { maxFailures: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = now() - options.windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };

  return {
    retryAfter(key) {
      const times = recent(key);
      if (times.length < options.maxFailures) return 0;
      // Blocked until the oldest failure that still counts leaves the window.
      return times[times.length - options.maxFailures] + options.windowMs - now();
    },
    recordFailure(key) {
      const times = recent(key);
      times.push(now());
      failures.set(key, times);
      // Bound memory under a spray of usernames: forget the oldest keys first.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
