import "server-only";
import { preparedRead } from "../../server/db/prepared-read";

// Hand-written reads that every request of its kind makes, prepared once (lib/server/db/prepared-read):
// Prisma's query interpreter cost ten times the statement on these, measured in `npm run bench`.

export interface SessionRow {
  expiresAt: unknown;
  lastSeenAt: unknown;
  id: string;
  username: string;
  displayName: string;
  role: string;
  disabledAt: unknown;
}

export const sessionUser = preparedRead<SessionRow>(`
  SELECT s."expiresAt", s."lastSeenAt", u."id", u."username", u."displayName", u."role", u."disabledAt"
  FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?`);

export interface TokenRow {
  tokenId: string;
  revokedAt: unknown;
  lastUsedAt: string | number | null;
  id: string;
  username: string;
  displayName: string;
  role: string;
  disabledAt: unknown;
}

export const tokenUser = preparedRead<TokenRow>(`
  SELECT t."id" AS "tokenId", t."revokedAt", t."lastUsedAt", u."id", u."username", u."displayName", u."role", u."disabledAt"
  FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = ?`);
