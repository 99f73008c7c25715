import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "../../auth/permissions";
import { AppError } from "../../errors";
import { getTokenUser } from "../../data/users/api-tokens";
import { getSessionUser, SESSION_TTL_MS } from "../../data/users/sessions";
import { countUsers, type UserRef } from "../../data/users/users";
import { SESSION_COOKIE } from "./session-cookie";

export { SESSION_COOKIE };

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The user behind an API request: a bearer token first, else the session cookie. A cookie-
 * authenticated mutation must come from this site's own pages (Origin or Sec-Fetch-Site), so
 * another site cannot make a signed-in browser change data (CSRF). Bearer requests are not
 * sent by browsers on their own, so they need no such check.
 */
export async function authenticateRequest(request: Request): Promise<UserRef> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const user = token ? await getTokenUser({ token }) : null;
    if (!user) throw new AppError("unauthorized", "The API token is unknown or revoked");
    return user;
  }
  const secret = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  const user = secret ? await getSessionUser({ secret }) : null;
  if (!user) throw new AppError("unauthorized", "Sign in, or send an API token as Authorization: Bearer <token>");
  if (MUTATING.has(request.method) && !isSameOrigin(request.headers)) {
    throw new AppError("forbidden", "Cross-site request refused: use the workbench's own pages, or an API token");
  }
  return user;
}

/** Throws 403 unless the user's role holds the permission. */
export function requirePermission(user: UserRef, permission: Permission, what = "do this"): void {
  if (!can(user.role, permission)) throw new AppError("forbidden", `A ${user.role} may not ${what}`);
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** True when the request comes from a page of this origin (or the browser says it was typed in). */
function isSameOrigin(h: Headers): boolean {
  const origin = h.get("origin");
  if (origin) {
    const host = h.get("x-forwarded-host") ?? h.get("host");
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = h.get("sec-fetch-site");
  return site === "same-origin" || site === "none";
}

/** The signed-in user of this page render or server action, or null. Cached per request. */
export const currentUser = cache(async (): Promise<UserRef | null> => {
  const secret = (await cookies()).get(SESSION_COOKIE)?.value;
  return secret ? getSessionUser({ secret }) : null;
});

/**
 * For server actions: the signed-in user holding `permission`, else an error value the UI shows.
 * Next checks the Origin of server actions itself (against Host), which guards them from CSRF.
 */
export async function requireActionUser(permission: Permission, what?: string): Promise<UserRef> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized", "Your session has ended: sign in again");
  requirePermission(user, permission, what);
  return user;
}

/**
 * For pages: the signed-in user, else a redirect to sign-in (or to setup while no account
 * exists), and a 403 page when the role lacks `permission`.
 */
export async function requirePageUser(returnTo: string, permission: Permission = "read"): Promise<UserRef> {
  const user = await currentUser();
  if (!user) {
    if ((await countUsers()) === 0) redirect("/setup");
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** Sets the session cookie: httpOnly, SameSite=Lax, and Secure when served over https. */
export async function setSessionCookie(secret: string): Promise<void> {
  const h = await headers();
  const secure = (h.get("x-forwarded-proto") ?? "").split(",")[0].trim() === "https" || process.env.WORKBENCH_SECURE_COOKIES === "1";
  (await cookies()).set(SESSION_COOKIE, secret, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: SESSION_TTL_MS / 1000 });
}

export async function clearSessionCookie(): Promise<string | null> {
  const jar = await cookies();
  const secret = jar.get(SESSION_COOKIE)?.value ?? null;
  jar.delete(SESSION_COOKIE);
  return secret;
}
