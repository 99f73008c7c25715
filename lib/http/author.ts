import "server-only";
import { cookies } from "next/headers";

export const AUTHOR_COOKIE = "wb_author";
export const ANONYMOUS_AUTHOR = "anonymous";

/** The display name kept in a cookie until accounts exist; null when none was given yet. */
export async function readAuthorCookie(): Promise<string | null> {
  const value = (await cookies()).get(AUTHOR_COOKIE)?.value;
  return value ? decodeURIComponent(value).trim() || null : null;
}
