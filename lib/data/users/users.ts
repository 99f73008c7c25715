import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { Role } from "../../auth/permissions";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "./user-shape";

export type { UserRef } from "./user-shape";

/** What the rest of the app knows of a person: never the password hash. */

export const USER_SELECT = { id: true, username: true, displayName: true, role: true } as const;

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum), ~25 ms here. */
export const hashPassword = (password: string) => hash(password);

// Verified against when the username does not exist, so that a miss costs the same time as a
// wrong password and timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

export async function countUsers({ tx: db = getDb() }: { tx?: DbTx } = {}): Promise<number> {
  return db.user.count();
}

export interface CreateUserInput {
  username: string;
  displayName?: string;
  password: string;
  role: Role;
  /** The admin who creates the account; null for setup and the command line. */
  actorId: string | null;
  /** Setup only: refuse when any user exists (two people racing through the setup page). */
  onlyIfNoUsers?: boolean;
}

/** Creates an account (409 when the username is taken). */
export async function createUser(input: CreateUserInput): Promise<UserRef> {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    if (input.onlyIfNoUsers && (await tx.user.count()) > 0) {
      throw new AppError("conflict", "The first admin has already been created: sign in instead");
    }
    const taken = await tx.user.findUnique({ where: { username: input.username }, select: { id: true } });
    if (taken) throw new AppError("conflict", `The username ${input.username} is taken`);
    const user = await tx.user.create({
      data: { username: input.username, displayName: input.displayName?.trim() || input.username, role: input.role, passwordHash },
      select: USER_SELECT,
    });
    await recordAudit({ tx,  actorId: input.actorId ?? user.id, action: "user.create", subjectType: "user", subjectId: user.id, toState: user.role, detail: user.username });
    return user as UserRef;
  });
}

/**
 * Checks a username and password. Answers the user, or null for any failure (no such user,
 * wrong password, disabled, no password set): callers show one message for all of them.
 */
export async function verifyCredentials({ username, password }: { username: string; password: string }): Promise<UserRef | null> {
  const row = await getDb().user.findUnique({ where: { username }, select: { ...USER_SELECT, passwordHash: true, disabledAt: true } });
  if (!row?.passwordHash) {
    dummyHash ??= hashPassword("not a password of anyone's");
    await verify(await dummyHash, password);
    return null;
  }
  const matches = await verify(row.passwordHash, password);
  if (!matches || row.disabledAt) return null;
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role };
}

export async function listUsers() {
  const rows = await getDb().user.findMany({
    orderBy: { username: "asc" },
    select: { ...USER_SELECT, disabledAt: true, createdAt: true, passwordHash: true },
  });
  return rows.map(({ passwordHash, ...u }) => ({ ...u, role: u.role as Role, canSignIn: passwordHash !== null && !u.disabledAt }));
}

export interface UpdateUserInput {
  userId: string;
  actorId: string;
  role?: Role;
  displayName?: string;
  password?: string;
  disabled?: boolean;
}

/**
 * Changes a role, name, password or the disabled flag. Disabling or a new password signs the
 * person out everywhere. The last active admin cannot lose the role or be disabled: nobody could
 * manage users any more.
 */
export async function updateUser(input: UpdateUserInput): Promise<UserRef> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { ...USER_SELECT, disabledAt: true } });
    if (!before) throw new AppError("not_found", `No user with id ${input.userId}`);
    const losesAdmin = before.role === "admin" && ((input.role && input.role !== "admin") || input.disabled);
    if (losesAdmin) {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new AppError("conflict", "This is the only active admin: make someone else admin first");
    }
    const user = await tx.user.update({
      where: { id: input.userId },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.displayName?.trim() ? { displayName: input.displayName.trim() } : {}),
        ...(passwordHash ? { passwordHash } : {}),
        ...(input.disabled === undefined ? {} : { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null }),
      },
      select: USER_SELECT,
    });
    if (passwordHash || input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
    const audit = (action: string, fromState: string | null, toState: string | null) =>
      recordAudit({ tx,  actorId: input.actorId, action, subjectType: "user", subjectId: user.id, fromState, toState, detail: user.username });
    if (input.role && input.role !== before.role) await audit("user.role", before.role, input.role);
    if (passwordHash) await audit("user.password", null, null);
    if (input.disabled !== undefined && input.disabled !== Boolean(before.disabledAt)) {
      await audit(input.disabled ? "user.disable" : "user.enable", before.disabledAt ? "disabled" : "active", input.disabled ? "disabled" : "active");
    }
    return user as UserRef;
  });
}
