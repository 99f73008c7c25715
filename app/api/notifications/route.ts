import { NextResponse } from "next/server";
import { listNotifications } from "@/lib/data/notifications/list-notifications";
import { apiRoute } from "@/lib/server/http/api-route";

/** My notifications, newest first (`limit`, at most 200; `unread=1` for the unread only), and the unread count. */
export const GET = apiRoute({ permission: "read" }, async (request, _params, user) => {
  const search = new URL(request.url).searchParams;
  const limit = Number(search.get("limit") ?? 50);
  return NextResponse.json(await listNotifications({ userId: user.id, limit: Number.isFinite(limit) ? limit : 50, unreadOnly: search.get("unread") === "1" }));
});
