import "server-only";
import { retryAfter } from "../../auth/rate-limit";
import { getDb } from "../../db";
import { accountKey, ipKey, SIGN_IN_LIMITS, type SignInAttempt } from "./sign-in-limits-shape";

/** Milliseconds until this account may try to sign in from this address again (0: now). */
export async function signInWait({ username, ip }: SignInAttempt): Promise<number> {
  const now = Date.now();
  const waits = await Promise.all(
    ([[accountKey(username), SIGN_IN_LIMITS.account], [ipKey(ip), SIGN_IN_LIMITS.ip]] as const).map(async ([key, limit]) => {
      const rows = await getDb().signInFailure.findMany({
        where: { key, at: { gt: new Date(now - limit.windowMs) } },
        orderBy: { at: "desc" },
        take: limit.maxFailures,
        select: { at: true },
      });
      return retryAfter(rows.map((r) => r.at.getTime()), limit, now);
    }),
  );
  return Math.max(...waits);
}
