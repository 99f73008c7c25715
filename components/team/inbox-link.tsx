"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The header's Inbox link with the unread count, kept current by the live stream
 * (GET /api/events: a `notification` event sends it to read the count again). Without a
 * stream, the count is as fresh as the last page loaded.
 */
export function InboxLink({ unread: initial }: { unread: number }) {
  const [unread, setUnread] = useState(initial);
  const path = usePathname();
  useEffect(() => setUnread(initial), [initial]);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events");
    source.addEventListener("notification", () => {
      void fetch("/api/notifications?unread=1&limit=1")
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { unread: number } | null) => body && setUnread(body.unread))
        .catch(() => {});
    });
    return () => source.close();
  }, []);
  const what = `${unread} unread notification${unread === 1 ? "" : "s"}`;
  return (
    <Link href="/inbox" className="inbox-link" aria-current={path === "/inbox" ? "page" : undefined}>
      Inbox
      {unread > 0 && (
        <span className="badge badge--count" title={what}>
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">: {what}</span>
        </span>
      )}
    </Link>
  );
}
