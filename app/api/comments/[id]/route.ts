import { NextResponse } from "next/server";
import { changeComment, deleteComment } from "@/lib/data/comments/change-comment";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { changeCommentSchema } from "@/lib/validation/comments";

/** `{ body }` edits a comment (its author); `{ resolved }` resolves or reopens a thread. */
export const PATCH = apiRoute<{ id: string }>({ permission: "annotate", what: "comment" }, async (request, { id }, user) => {
  const body = changeCommentSchema.parse(await readJson(request));
  await changeComment({ commentId: id, user, ...body });
  return NextResponse.json({ id });
});

/** Deletes a comment (its author, or an admin); its place in the thread stays. */
export const DELETE = apiRoute<{ id: string }>({ permission: "annotate", what: "comment" }, async (_request, { id }, user) => {
  await deleteComment({ commentId: id, user });
  return new Response(null, { status: 204 });
});
