import "server-only";
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from "../../auth/secret-token";
import { getDb } from "../../server/db";
import { tokenUser } from "./user-sql";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import { sqlDate } from "../raw-values";
import type { UserRef } from "./users";

/** Creates a token for a user; the token itself is answered once and only its hash is stored. */
export async function createApiToken(input: { userId: string; name: string; actorId: string | null }) {
  const token = generateSecret(API_TOKEN_PREFIX);
  const name = input.name.trim().slice(0, 80) || "API token";
  return getDb().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: input.userId, name, tokenHash: hashSecret(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAudit({ tx,  actorId: input.actorId ?? input.userId, action: "token.create", subjectType: "token", subjectId: row.id, detail: name });
    return { ...row, token };
  });
}

export async function listApiTokens({ userId }: { userId: string }) {
  return getDb().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}

/** Revokes one of the user's own tokens (404 for anyone else's, so ids cannot be probed). */
export async function revokeApiToken({ userId, tokenId }: { userId: string; tokenId: string }) {
  await getDb().$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count !== 1) throw new AppError("not_found", "No such token");
    await recordAudit({ tx,  actorId: userId, action: "token.revoke", subjectType: "token", subjectId: tokenId });
  });
}

/**
 * The user a bearer token belongs to, or null when it is unknown, revoked or the user disabled.
 * Every API request pays for this lookup: one prepared join (lib/server/db/prepared-read).
 */
export async function getTokenUser({ token }: { token: string }): Promise<UserRef | null> {
  const [row] = await tokenUser(hashSecret(token));
  if (!row || row.revokedAt !== null || row.disabledAt !== null) return null;
  const lastUsed = row.lastUsedAt === null ? 0 : sqlDate(row.lastUsedAt).getTime();
  if (!(Date.now() - lastUsed < 60_000)) await getDb().apiToken.update({ where: { id: row.tokenId }, data: { lastUsedAt: new Date() } });
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as UserRef["role"] };
}
