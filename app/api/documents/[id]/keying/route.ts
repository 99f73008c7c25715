import { NextResponse } from "next/server";
import { z } from "zod";
import { decideKeyings } from "@/lib/data/keying/decide-keyings";
import { findKeyings } from "@/lib/data/keying/find-keyings";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

/** A double-keyed document's two keyings compared: `{ a, b, segments, agreement, disagreements }`; 204 until both are in. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => {
  const keyings = await findKeyings({ documentId: id });
  return keyings ? NextResponse.json(keyings) : new Response(null, { status: 204 });
});

const choice = z.union([z.literal("a"), z.literal("b"), z.object({ text: z.string().max(100_000) })]);

/** The reviewer's decision: `{ proposalIds: [a, b], choices }`, a choice per place they differ, in order. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "decide double keyings" }, async (request, { id }, user) => {
  const body = z.object({ proposalIds: z.tuple([z.string().max(100), z.string().max(100)]), choices: z.array(choice).max(10_000) }).parse(await readJson(request));
  return NextResponse.json(await decideKeyings({ documentId: id, proposalIds: body.proposalIds, choices: body.choices, reviewer: user }), { status: 201 });
});
