import { NextResponse } from "next/server";
import { leavePresence } from "@/lib/data/presence/leave-presence";
import { listPresence } from "@/lib/data/presence/list-presence";
import { touchPresence } from "@/lib/data/presence/touch-presence";
import { publishEvent } from "@/lib/server/events/bus";
import { apiRoute } from "@/lib/server/http/api-route";

/** Who has the document open in the editor now, and since when. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ items: await listPresence({ documentId: id }) }));

/** The editor's beat: the caller has the document open and is active. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "edit documents" }, async (_request, { id }, user) => {
  const { joined } = await touchPresence({ documentId: id, userId: user.id });
  if (joined) await publishEvent({ type: "presence", documentId: id });
  return NextResponse.json({ items: await listPresence({ documentId: id }) });
});

/** The caller closed the document or went idle. */
export const DELETE = apiRoute<{ id: string }>({ permission: "proposal.create", what: "edit documents" }, async (_request, { id }, user) => {
  const { left } = await leavePresence({ documentId: id, userId: user.id });
  if (left) await publishEvent({ type: "presence", documentId: id });
  return new Response(null, { status: 204 });
});
