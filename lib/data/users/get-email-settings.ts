import "server-only";
import { getDb } from "../../server/db";

/** What the account page shows. */
export async function getEmailSettings({ userId }: { userId: string }) {
  const row = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailSettings: true } });
  return { email: row.email, stored: row.emailSettings };
}
