import "server-only";
import { getDb } from "../../server/db";
import { liveSince } from "../../team/presence-policy";
import type { PresenceItem } from "../../team/live-event";

/** Who has a document open in the editor now (seen within the idle time), longest first. */
export async function listPresence({ documentId, now = new Date() }: { documentId: string; now?: Date }): Promise<PresenceItem[]> {
  const rows = await getDb().presence.findMany({
    where: { documentId, seenAt: { gte: liveSince(now) }, user: { disabledAt: null } },
    orderBy: [{ since: "asc" }, { userId: "asc" }],
    select: { userId: true, since: true, user: { select: { displayName: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, name: r.user.displayName, since: r.since.toISOString() }));
}
