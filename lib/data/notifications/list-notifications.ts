import "server-only";
import { getDb } from "../../server/db";
import type { NotificationKind } from "../../team/notification-kinds";
import type { NotificationItem } from "./notification-shape";

/** A person's notifications, newest first (at most `limit`), and how many are unread. */
export async function listNotifications({ userId, limit = 50, unreadOnly = false }: { userId: string; limit?: number; unreadOnly?: boolean }): Promise<{ items: NotificationItem[]; unread: number }> {
  const db = getDb();
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, ...(unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: Math.min(Math.max(limit, 1), 200),
      select: { id: true, kind: true, createdAt: true, readAt: true, link: true, text: true },
    }),
    countUnread({ userId }),
  ]);
  return { items: rows.map((r) => ({ id: r.id, kind: r.kind as NotificationKind, createdAt: r.createdAt.toISOString(), read: r.readAt !== null, link: r.link, text: r.text })), unread };
}

/** The header's number. */
export const countUnread = ({ userId }: { userId: string }) => getDb().notification.count({ where: { userId, readAt: null } });
