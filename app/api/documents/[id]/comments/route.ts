import { NextResponse } from "next/server";
import { addComment } from "@/lib/data/comments/add-comment";
import { listComments } from "@/lib/data/comments/list-comments";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { newCommentSchema } from "@/lib/validation/comments";

/** The document's discussion: threads, open first, with their replies. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ items: await listComments({ documentId: id }) }));

/** A new thread (on the document, a page or an annotation) or a reply; `@username` mentions notify. */
export const POST = apiRoute<{ id: string }>({ permission: "annotate", what: "comment" }, async (request, { id }, user) => {
  const body = newCommentSchema.parse(await readJson(request));
  return NextResponse.json(await addComment({ documentId: id, author: user, ...body }), { status: 201 });
});
