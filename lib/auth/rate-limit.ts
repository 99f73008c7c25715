/**
 * A sliding window of failed attempts per key (an account or an IP). The counts live in the
 * database (lib/data/sign-in) so that every app process agrees; this is the arithmetic.
 */
export interface RateLimit {
  maxFailures: number;
  windowMs: number;
}

/**
 * Milliseconds until a key may try again, given the times of its failures within the window
 * (any order), or 0 when it may now: blocked until the oldest failure that still counts leaves.
 */
export function retryAfter(failures: number[], limit: RateLimit, now: number): number {
  const recent = failures.filter((t) => t > now - limit.windowMs).sort((a, b) => a - b);
  if (recent.length < limit.maxFailures) return 0;
  return recent[recent.length - limit.maxFailures] + limit.windowMs - now;
}
