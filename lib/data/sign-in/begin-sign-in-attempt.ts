import "server-only";
import { retryAfter } from "../../auth/rate-limit";
import { getDb } from "../../server/db";
import { accountKey, ipKey, SIGN_IN_LIMITS, type SignInAttempt } from "./sign-in-limits-shape";

export interface SignInTicket {
  /** Milliseconds until this account may try again from this address; 0: check the password now. */
  wait: number;
  /** The attempt's own rows, counted as failures until the password proves right. */
  attemptIds: number[];
}

/**
 * Counts a sign-in attempt as a failure *before* its password is checked, so that parallel
 * guesses cannot all pass the limit while none has failed yet (30 at once were checked 11
 * times when the count came after). An attempt may go on when the failures recorded before its
 * own rows (lower ids) leave room; otherwise its rows are dropped again, so that refused
 * attempts do not stretch the pause. A right password clears them (clearSignInFailures).
 */
export async function beginSignInAttempt({ username, ip }: SignInAttempt): Promise<SignInTicket> {
  const db = getDb();
  const now = Date.now();
  const limits = [[accountKey(username), SIGN_IN_LIMITS.account], [ipKey(ip), SIGN_IN_LIMITS.ip]] as const;
  const rows = await db.$transaction(limits.map(([key]) => db.signInFailure.create({ data: { key }, select: { id: true } })));
  const waits = await Promise.all(
    limits.map(async ([key, limit], i) => {
      const earlier = await db.signInFailure.findMany({
        where: { key, id: { lt: rows[i].id }, at: { gt: new Date(now - limit.windowMs) } },
        orderBy: { id: "desc" },
        take: limit.maxFailures,
        select: { at: true },
      });
      return retryAfter(earlier.map((r) => r.at.getTime()), limit, now);
    }),
  );
  const wait = Math.max(...waits);
  const attemptIds = rows.map((r) => r.id);
  const longest = Math.max(SIGN_IN_LIMITS.account.windowMs, SIGN_IN_LIMITS.ip.windowMs);
  await db.signInFailure.deleteMany({ where: { OR: [{ at: { lt: new Date(now - longest) } }, ...(wait > 0 ? [{ id: { in: attemptIds } }] : [])] } });
  return { wait, attemptIds: wait > 0 ? [] : attemptIds };
}
