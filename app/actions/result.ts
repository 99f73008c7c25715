import "server-only";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import type { UserRef } from "@/lib/data/users";
import { requireActionUser } from "@/lib/http/auth";
import { ZodError } from "zod";

/** What a server action answers: its value, or an error the UI can show as it is. */
export type ActionResult<T> =
  | ({ ok: true } & T)
  | { ok: false; code: string; message: string; headSeq?: number };

/**
 * Runs a server action body for a signed-in user whose role holds `permission`, and turns
 * expected errors (401 and 403 included) into values; unknown errors are logged.
 */
export async function runAction<T extends object>(
  access: { permission: Permission; what?: string },
  body: (user: UserRef) => Promise<T>,
): Promise<ActionResult<T>> {
  return runPublicAction(async () => body(await requireActionUser(access.permission, access.what)));
}

/** runAction without the sign-in check: for signing in and for setting up the first admin only. */
export async function runPublicAction<T extends object>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await body()) };
  } catch (e) {
    if (isAppError(e)) {
      const headSeq = typeof e.details.headSeq === "number" ? e.details.headSeq : undefined;
      return { ok: false, code: String(e.details.reason ?? e.code), message: e.message, ...(headSeq === undefined ? {} : { headSeq }) };
    }
    if (e instanceof ZodError) return { ok: false, code: "invalid", message: e.issues[0]?.message ?? "Invalid input" };
    console.error("Unhandled error in server action", e);
    return { ok: false, code: "internal", message: "Something went wrong on the server; the details are in its log" };
  }
}
