import { createHash, randomBytes } from "node:crypto";

/** Session cookies and API tokens: 32 random bytes (256 bits), base64url. */
export function generateSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/**
 * Only this hash of a session or API token is stored. Plain SHA-256 is enough (no argon2): the
 * secret has 256 random bits, so it cannot be guessed from its hash the way a password can.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export const API_TOKEN_PREFIX = "wbt_";
