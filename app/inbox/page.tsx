import type { Metadata } from "next";
import { InboxList } from "@/components/team/inbox-list";
import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox" };

/** What the signed-in person was told of, newest first. */
export default async function InboxPage() {
  const user = await requirePageUser("/inbox");
  const { items, unread } = await listNotifications({ userId: user.id, limit: 100 });
  return (
    <>
      <div className="page-head">
        <h1>Inbox</h1>
        <span className="muted">{unread} unread</span>
      </div>
      <InboxList items={items} unread={unread} />
    </>
  );
}
