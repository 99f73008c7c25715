import "server-only";
import type { ErrorCode, ErrorReason } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import type { UserRef } from "@/lib/data/users/users";
import { requireActionUser } from "@/lib/server/http/auth";
import { describeError } from "@/lib/server/http/describe-error";

/** What a server action answers: its value, or an error the UI can show as it is (the API's error body, flattened). */
export type ActionResult<T> = ({ ok: true } & T) | ActionError;

export interface ActionError {
  ok: false;
  code: ErrorCode;
  message: string;
  reason?: ErrorReason;
  /** The field a validation error is about. */
  path?: string;
  /** For a stale save: the head it found. */
  headSeq?: number;
  [extra: string]: unknown;
}

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
    const { body: described } = describeError(e);
    const { error, ...extra } = described;
    return { ...extra, ok: false, ...error };
  }
}
