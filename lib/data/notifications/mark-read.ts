import "server-only";
import { getDb } from "../../server/db";

/** Marks a person's notifications read: those named, or with `all`, every one. Others' are never touched. */
export async function markRead({ userId, ids, all = false }: { userId: string; ids?: readonly string[]; all?: boolean }): Promise<{ marked: number }> {
  if (!all && !ids?.length) return { marked: 0 };
  const { count } = await getDb().notification.updateMany({
    where: { userId, readAt: null, ...(all ? {} : { id: { in: [...ids!] } }) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
