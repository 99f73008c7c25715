import "server-only";
import { createRateLimiter } from "../auth/rate-limit";

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Failed sign-ins allowed per account (5) and per IP address (20) in 15 minutes. Per account
 * stops guessing one password from many addresses; per IP stops trying many accounts from one.
 */
const globalLimits = globalThis as unknown as { signInLimits?: { account: ReturnType<typeof createRateLimiter>; ip: ReturnType<typeof createRateLimiter> } };

export const signInLimits = (globalLimits.signInLimits ??= {
  account: createRateLimiter({ maxFailures: 5, windowMs: WINDOW_MS }),
  ip: createRateLimiter({ maxFailures: 20, windowMs: WINDOW_MS }),
});

/**
 * The client's address. `npm start`'s server (scripts/server.ts) overwrites X-Forwarded-For with
 * the one address it computed from the socket and WORKBENCH_TRUST_PROXY, so a client cannot
 * choose it.
 */
export function clientIp(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",")[0].trim() || "unknown";
}
