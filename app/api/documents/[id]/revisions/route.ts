import { NextResponse } from "next/server";
import { createRevision } from "@/lib/data/create-revision";
import { listRevisions } from "@/lib/data/revisions";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requireDirectCommit } from "@/lib/data/review-policy";
import { createRevisionSchema } from "@/lib/validation/api";

export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) =>
  NextResponse.json({ items: await listRevisions({ documentId: id }) }),
);

/** Commits directly (admins, and reviewers where the collection allows it); others propose. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.create", what: "change the text" }, async (request, { id }, user) => {
  const body = createRevisionSchema.parse(await readJson(request));
  await requireDirectCommit(user, id);
  const revision = await createRevision({ documentId: id, baseSeq: body.baseSeq, text: body.text, message: body.message, authorId: user.id });
  return NextResponse.json(revision, { status: revision.created ? 201 : 200 });
});
