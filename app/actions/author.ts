"use server";
import { cookies } from "next/headers";
import { AUTHOR_COOKIE } from "@/lib/http/author";
import { authorSchema } from "@/lib/validation/api";

/** Remembers the display name that corrections are stored under, for a year. */
export async function setAuthorName(name: string): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const parsed = authorSchema.safeParse(name);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid name" };
  (await cookies()).set(AUTHOR_COOKIE, encodeURIComponent(parsed.data), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  return { ok: true, name: parsed.data };
}
