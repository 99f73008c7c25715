import { NextResponse } from "next/server";
import { z } from "zod";
import { addIgnoredWord } from "@/lib/data/suggestions/add-ignored-word";
import { listIgnoredWords } from "@/lib/data/suggestions/list-ignored-words";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

const wordSchema = z.object({ word: z.string().min(1) });

/** The words this collection's suggestions leave alone. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ words: await listIgnoredWords({ collectionId: id }) }));

/** "Ignore in this collection" (anyone who corrects); 201 with the word as stored. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "ignore words in a collection" }, async (request, { id }, user) =>
  NextResponse.json(await addIgnoredWord({ collectionId: id, word: wordSchema.parse(await readJson(request)).word, actor: user }), { status: 201 }),
);
