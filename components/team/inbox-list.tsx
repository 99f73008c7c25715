"use client";
import Link from "next/link";
import { readNotifications } from "@/app/actions/notifications";
import { TimeStamp } from "@/components/ui/time-stamp";
import { useServerAction } from "@/components/ui/use-server-action";
import type { NotificationItem } from "@/lib/data/notifications/notification-shape";
import { KIND_LABELS } from "@/lib/team/notification-kinds";

/** The inbox: unread in bold; opening one marks it read; all can be marked read at once. */
export function InboxList({ items, unread }: { items: NotificationItem[]; unread: number }) {
  const { run, pending, error, router } = useServerAction();
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p>Nothing yet. You are told here when documents are assigned to you, someone mentions you, your proposal is decided, work waits for your review, or someone comments on a document you follow. Choose what is e-mailed to you on your <Link href="/account">account page</Link>.</p>
      </div>
    );
  }
  return (
    <section className="card" aria-label="Notifications">
      <div className="inbox__actions">
        <button type="button" className="button button--small" disabled={pending || unread === 0} onClick={() => run(() => readNotifications({ all: true }))}>Mark all read</button>
        <Link href="/account">E-mail settings</Link>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <ul className="inbox">
        {items.map((n) => (
          <li key={n.id} className={n.read ? "inbox__item" : "inbox__item inbox__item--unread"}>
            <span className="inbox__kind muted">{KIND_LABELS[n.kind] ?? n.kind}{n.read ? "" : " · unread"}</span>
            <Link
              href={n.link}
              onClick={(e) => {
                if (n.read) return;
                e.preventDefault();
                void readNotifications({ ids: [n.id] }).finally(() => router.push(n.link));
              }}
            >
              {n.text}
            </Link>
            <TimeStamp iso={n.createdAt} />
          </li>
        ))}
      </ul>
    </section>
  );
}
