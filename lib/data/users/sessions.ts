import "server-only";
import { generateSecret, hashSecret } from "../../auth/secret-token";
import { getDb } from "../../server/db";
import { sessionUser } from "./user-sql";
import { sqlDate } from "../raw-values";
import type { UserRef } from "./users";

/** Sessions last 30 days from the last visit. */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
// Sliding the expiry on every request would write on every read; once an hour is enough.
const TOUCH_EVERY_MS = 3600 * 1000;

/** Starts a session; the returned secret goes into the cookie and is never stored. */
export async function createSession(userId: string): Promise<{ secret: string; expiresAt: Date }> {
  const secret = generateSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const db = getDb();
  // Expired sessions are swept here, at each sign-in, rather than by a scheduled job.
  await db.$transaction([
    db.session.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.session.create({ data: { id: hashSecret(secret), userId, expiresAt } }),
  ]);
  return { secret, expiresAt };
}

/**
 * The signed-in user of a session cookie, or null when it is unknown, expired or disabled. Every
 * page render pays for this lookup: one prepared join (lib/server/db/prepared-read), as for tokens.
 */
export async function getSessionUser({ secret }: { secret: string }): Promise<UserRef | null> {
  const id = hashSecret(secret);
  const [row] = await sessionUser(id);
  const now = Date.now();
  if (!row || sqlDate(row.expiresAt).getTime() <= now || row.disabledAt !== null) return null;
  if (now - sqlDate(row.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
    await getDb().session.updateMany({ where: { id }, data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_TTL_MS) } });
  }
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as UserRef["role"] };
}

/** Sign-out: the session stops working at once, wherever its cookie was copied to. */
export async function deleteSession({ secret }: { secret: string }): Promise<void> {
  await getDb().session.deleteMany({ where: { id: hashSecret(secret) } });
}
