"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { newUserSchema, signInSchema } from "@/lib/auth/credentials";
import { createApiToken, revokeApiToken } from "@/lib/data/users/api-tokens";
import { createSession, deleteSession } from "@/lib/data/users/sessions";
import { createUser, verifyCredentials } from "@/lib/data/users/users";
import { AppError } from "@/lib/errors";
import { clearSessionCookie, setSessionCookie } from "@/lib/server/http/auth";
import { clientIp } from "@/lib/server/http/client-ip";
import { clearSignInFailures } from "@/lib/data/sign-in/clear-sign-in-failures";
import { beginSignInAttempt } from "@/lib/data/sign-in/begin-sign-in-attempt";
import { runAction, runPublicAction } from "./result";

/** The one message for every failed sign-in: it must not tell whether the username exists. */
const WRONG_CREDENTIALS = "Wrong username or password";

export async function signIn(input: z.input<typeof signInSchema>) {
  return runPublicAction(async () => {
    const { username, password } = signInSchema.parse(input);
    const ip = clientIp(await headers());
    const { wait, attemptIds } = await beginSignInAttempt({ username, ip });
    if (wait > 0) {
      throw new AppError("too_many_requests", `Too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} minute(s)`);
    }
    const user = await verifyCredentials({ username, password });
    if (!user) throw new AppError("unauthorized", WRONG_CREDENTIALS);
    await clearSignInFailures({ username, attemptIds });
    await setSessionCookie((await createSession(user.id)).secret);
    return { username: user.username };
  });
}

/** Ends the session on the server, not only in this browser. */
export async function signOut() {
  const secret = await clearSessionCookie();
  if (secret) await deleteSession({ secret });
  redirect("/sign-in");
}

const setupSchema = newUserSchema.omit({ role: true });

/** Creates the first admin and signs them in; refused once any account exists. */
export async function setUpFirstAdmin(input: z.input<typeof setupSchema>) {
  return runPublicAction(async () => {
    const body = setupSchema.parse(input);
    const user = await createUser({ ...body, role: "admin", actorId: null, onlyIfNoUsers: true });
    await setSessionCookie((await createSession(user.id)).secret);
    return { username: user.username };
  });
}

export async function createToken(name: string) {
  return runAction({ permission: "token.own", what: "create API tokens" }, async (user) => {
    const token = await createApiToken({ userId: user.id, name: z.string().max(80).parse(name), actorId: user.id });
    return { id: token.id, token: token.token };
  });
}

export async function revokeToken(tokenId: string) {
  return runAction({ permission: "token.own", what: "revoke API tokens" }, async (user) => {
    await revokeApiToken({ userId: user.id, tokenId: z.string().max(100).parse(tokenId) });
    return {};
  });
}

