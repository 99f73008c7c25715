import { NextResponse } from "next/server";
import { z } from "zod";
import { markRead } from "@/lib/data/notifications/mark-read";
import { announce } from "@/lib/data/notifications/announce";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

const schema = z.union([z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(500) }), z.object({ all: z.literal(true) })]);

/** Marks my notifications read: `{ ids }`, or `{ all: true }`. */
export const POST = apiRoute({ permission: "read" }, async (request, _params, user) => {
  const body = schema.parse(await readJson(request));
  const result = await markRead({ userId: user.id, ...body });
  if (result.marked) await announce([user.id]);
  return NextResponse.json(result);
});
