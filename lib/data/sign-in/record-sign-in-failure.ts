import "server-only";
import { getDb } from "../../db";
import { accountKey, ipKey, SIGN_IN_LIMITS, type SignInAttempt } from "./sign-in-limits-shape";

/** Counts a failed sign-in against the account and the address; failures past every window are dropped. */
export async function recordSignInFailure({ username, ip }: SignInAttempt): Promise<void> {
  const longest = Math.max(SIGN_IN_LIMITS.account.windowMs, SIGN_IN_LIMITS.ip.windowMs);
  await getDb().$transaction([
    getDb().signInFailure.createMany({ data: [{ key: accountKey(username) }, { key: ipKey(ip) }] }),
    getDb().signInFailure.deleteMany({ where: { at: { lt: new Date(Date.now() - longest) } } }),
  ]);
}
