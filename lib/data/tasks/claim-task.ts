import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { CLAIM_MS } from "../../team/presence-policy";

/** Prisma's unique-constraint violation, as both drivers report it. */
const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

/**
 * Claims a task for one person until CLAIM_MS from `now`; false when someone else holds it live.
 * Race-safe without a read-then-write: a lapsed or own claim is taken over by one conditional
 * update (PostgreSQL re-checks the condition after waiting for a concurrent updater's row lock;
 * SQLite runs one writer at a time), and a new claim is an insert that the primary key refuses
 * to a second claimer.
 */
export async function claimTask({ key, userId, now = new Date(), tx = getDb() }: { key: string; userId: string; now?: Date; tx?: DbTx }): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + CLAIM_MS);
  const taken = await tx.taskClaim.updateMany({
    where: { key, OR: [{ expiresAt: { lte: now } }, { userId }] },
    data: { userId, claimedAt: now, expiresAt },
  });
  if (taken.count === 1) return true;
  try {
    await tx.taskClaim.create({ data: { key, userId, claimedAt: now, expiresAt } });
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

/** Lets go of a person's claims of one kind ("document:", "proposal:", …) except `keep`: one task at a time. */
export async function releaseClaims({ userId, prefixes, keep }: { userId: string; prefixes: string[]; keep?: string }) {
  await getDb().taskClaim.deleteMany({ where: { userId, OR: prefixes.map((p) => ({ key: { startsWith: p } })), ...(keep ? { key: { not: keep } } : {}) } });
}

/** Keys of live claims held by others, under one prefix, as the ids after it. */
export async function claimedByOthers({ userId, prefix, now = new Date() }: { userId: string; prefix: string; now?: Date }): Promise<string[]> {
  const rows = await getDb().taskClaim.findMany({ where: { key: { startsWith: prefix }, userId: { not: userId }, expiresAt: { gt: now } }, select: { key: true } });
  return rows.map((r) => r.key.slice(prefix.length));
}
