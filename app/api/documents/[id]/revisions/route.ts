import { NextResponse } from "next/server";
import { createRevision } from "@/lib/data/create-revision";
import { listRevisions } from "@/lib/data/revisions";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { ANONYMOUS_AUTHOR, readAuthorCookie } from "@/lib/http/author";
import { createRevisionSchema } from "@/lib/validation/api";

export const GET = apiRoute<{ id: string }>(async (_request, { id }) =>
  NextResponse.json({ items: await listRevisions({ documentId: id }) }),
);

export const POST = apiRoute<{ id: string }>(async (request, { id }) => {
  const body = createRevisionSchema.parse(await readJson(request));
  const author = body.author ?? (await readAuthorCookie()) ?? ANONYMOUS_AUTHOR;
  const revision = await createRevision({ documentId: id, baseSeq: body.baseSeq, text: body.text, message: body.message, author });
  return NextResponse.json(revision, { status: revision.created ? 201 : 200 });
});
