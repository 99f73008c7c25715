import { NextResponse } from "next/server";
import { listPresence } from "@/lib/data/presence/list-presence";
import { listRevisionEvents } from "@/lib/data/revisions/list-revision-events";
import { AppError } from "@/lib/errors";
import { subscribeEvents } from "@/lib/server/events/bus";
import { apiRoute } from "@/lib/server/http/api-route";
import { eventStream } from "@/lib/server/http/event-stream";
import type { LiveEvent, PageEvent } from "@/lib/team/live-event";

export const dynamic = "force-dynamic";

/** A seq from Last-Event-ID or `after`: where a reconnecting stream or a poll left off. */
function afterSeq(request: Request, url: URL): number | null {
  const raw = request.headers.get("last-event-id") ?? url.searchParams.get("after");
  if (raw === null || raw === "") return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new AppError("invalid", `after is a revision number, not “${raw}”`, { field: "after" });
  return n;
}

/**
 * Live events as Server-Sent Events: `revision` and `presence` for `documentId`, and
 * `notification` for the caller. A stream opens with the document's presence, and with the
 * revisions after Last-Event-ID (or `after`) when it reconnects. Asked with Accept:
 * application/json it answers once, `{ events }` from the database: the polling fallback.
 */
export const GET = apiRoute({ permission: "read" }, async (request, _params, user) => {
  const url = new URL(request.url);
  const documentId = url.searchParams.get("documentId");
  const after = afterSeq(request, url);
  const snapshot = async (): Promise<PageEvent[]> => {
    if (!documentId) return [];
    const [revisions, items] = await Promise.all([after === null ? [] : listRevisionEvents({ documentId, afterSeq: after }), listPresence({ documentId })]);
    return [...revisions, { type: "presence" as const, documentId, items }];
  };
  if ((request.headers.get("accept") ?? "").includes("application/json")) return NextResponse.json({ events: await snapshot() });
  const first = await snapshot();
  return eventStream(request.signal, async (sink) => {
    const sendOne = (e: PageEvent) => sink.send(e.type, e, e.type === "revision" ? e.seq : undefined);
    first.forEach(sendOne);
    return subscribeEvents((event: LiveEvent) => {
      if (event.type === "notification") return event.userId === user.id && sink.send("notification", event);
      if (event.documentId !== documentId) return;
      if (event.type === "revision") return sendOne(event);
      void listPresence({ documentId }).then((items) => sendOne({ type: "presence", documentId, items }), () => {});
    });
  });
});
