import { NextResponse } from "next/server";
import { commitRevision } from "@/lib/data/revisions/commit-revision";
import { listRevisions } from "@/lib/data/revisions/revisions";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { createRevisionSchema } from "@/lib/validation/api";

export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) =>
  NextResponse.json({ items: await listRevisions({ documentId: id }) }),
);

/**
 * Commits directly (admins, and reviewers where the collection allows it); others propose. A
 * stale base merges with what landed since (mergedFrom lists those seqs) or answers 409
 * merge_conflict with the segments; `merge: false` asks for the strict 409 stale_base.
 */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "change the text" }, async (request, { id }, user) => {
  const body = createRevisionSchema.parse(await readJson(request));
  const { mergedFrom, mergedText: _text, ...revision } = await commitRevision({ documentId: id, ...body, author: user });
  return NextResponse.json({ ...revision, mergedFrom: mergedFrom.map((m) => m.seq) }, { status: revision.created ? 201 : 200 });
});
