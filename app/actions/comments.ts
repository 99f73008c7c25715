"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addComment } from "@/lib/data/comments/add-comment";
import { changeComment, deleteComment } from "@/lib/data/comments/change-comment";
import { changeCommentSchema, newCommentSchema } from "@/lib/validation/comments";
import { runAction } from "./result";

const refresh = (documentId: string) => revalidatePath(`/documents/${documentId}`, "layout");

/** A new thread or a reply on a document's Discussion tab. */
export async function postComment(documentId: string, input: z.input<typeof newCommentSchema>) {
  return runAction({ permission: "annotate", what: "comment" }, async (user) => {
    const made = await addComment({ documentId, author: user, ...newCommentSchema.parse(input) });
    refresh(documentId);
    return made;
  });
}

/** Edits a comment, or resolves or reopens its thread. */
export async function updateComment(documentId: string, commentId: string, input: z.input<typeof changeCommentSchema>) {
  return runAction({ permission: "annotate", what: "comment" }, async (user) => {
    await changeComment({ commentId, user, ...changeCommentSchema.parse(input) });
    refresh(documentId);
    return { id: commentId };
  });
}

export async function removeComment(documentId: string, commentId: string) {
  return runAction({ permission: "annotate", what: "comment" }, async (user) => {
    await deleteComment({ commentId, user });
    refresh(documentId);
    return { id: commentId };
  });
}
