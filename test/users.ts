import type { Role } from "../lib/auth/permissions";
import type { UserRef } from "../lib/data/users/users";

const ids = new Map<string, string>();

/**
 * The id of a user with this username, created (without a password) on first use. Import after
 * useTempDatabase(), like lib/server/db.
 */
export async function userId(username: string, role: Role = "admin"): Promise<string> {
  const known = ids.get(username);
  if (known) return known;
  const { getDb } = await import("../lib/server/db");
  const user = await getDb().user.upsert({
    where: { username },
    create: { username, displayName: username, role },
    update: {},
    select: { id: true },
  });
  ids.set(username, user.id);
  return user.id;
}

/** userId's user as the data layer passes people around (an admin unless `role` says). */
export async function userRef(username: string, role: Role = "admin"): Promise<UserRef> {
  return { id: await userId(username, role), username, displayName: username, role };
}

/** A new user (no password) as the data layer passes people around. Import after useTempDatabase(). */
export async function testUser(username: string, role: Role, displayName = username): Promise<UserRef> {
  const { getDb } = await import("../lib/server/db");
  const u = await getDb().user.create({ data: { username, displayName, role }, select: { id: true, username: true, displayName: true } });
  return { ...u, role };
}
