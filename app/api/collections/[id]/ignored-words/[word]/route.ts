import { NextResponse } from "next/server";
import { removeIgnoredWord } from "@/lib/data/suggestions/remove-ignored-word";
import { apiRoute } from "@/lib/server/http/api-route";

/** Flags the word again (reviewers and admins): DELETE …/ignored-words/:word, the word URL-encoded. */
export const DELETE = apiRoute<{ id: string; word: string }>({ permission: "proposal.review", what: "take words off the ignore list" }, async (_request, { id, word }, user) => {
  await removeIgnoredWord({ collectionId: id, word, actor: user });
  return new NextResponse(null, { status: 204 });
});
