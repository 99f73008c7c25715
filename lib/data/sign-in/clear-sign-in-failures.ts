import "server-only";
import { getDb } from "../../db";
import { accountKey } from "./sign-in-limits-shape";

/** A successful sign-in forgets the account's failures (its address's still count). */
export async function clearSignInFailures({ username }: { username: string }): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { key: accountKey(username) } });
}
