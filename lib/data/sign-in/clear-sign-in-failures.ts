import "server-only";
import { getDb } from "../../server/db";
import { accountKey } from "./sign-in-limits-shape";

/**
 * A successful sign-in forgets the account's failures and its own attempt's rows (the
 * address's other failures still count).
 */
export async function clearSignInFailures({ username, attemptIds = [] }: { username: string; attemptIds?: number[] }): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { OR: [{ key: accountKey(username) }, { id: { in: attemptIds } }] } });
}
