import "server-only";
import { can } from "../../auth/permissions";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { announce } from "../notifications/announce";
import type { UserRef } from "../users/users";
import { tellOfComment } from "./add-comment";

async function findComment(commentId: string) {
  const row = await getDb().comment.findFirst({
    where: { id: commentId, document: { deletedAt: null } },
    select: { id: true, documentId: true, parentId: true, authorId: true, body: true, deletedAt: true, resolvedAt: true, document: { select: { title: true } } },
  });
  if (!row) throw new AppError("not_found", `No comment with id ${commentId}`);
  return row;
}

/**
 * Changes a comment: its words (its author, or an admin; shown as edited, and people it newly
 * mentions are told), or whether its thread is resolved (the first comment only; the thread's
 * author, reviewers and admins), recording who resolved it and when.
 */
export async function changeComment({ commentId, user, body, resolved }: { commentId: string; user: UserRef; body?: string; resolved?: boolean }) {
  const row = await findComment(commentId);
  if (row.deletedAt) throw new AppError("conflict", "This comment was deleted");
  if (body !== undefined && row.authorId !== user.id && !can(user.role, "admin")) throw new AppError("forbidden", "Only its author edits a comment");
  if (resolved !== undefined) {
    if (row.parentId) throw new AppError("invalid", "Resolve the thread at its first comment", { field: "resolved" });
    if (row.authorId !== user.id && !can(user.role, "proposal.review")) throw new AppError("forbidden", "Only the thread's author, reviewers and admins resolve it");
  }
  const told = await getDb().$transaction(async (tx) => {
    const now = new Date();
    await tx.comment.update({
      where: { id: commentId },
      data: {
        ...(body !== undefined && body !== row.body ? { body, editedAt: now } : {}),
        ...(resolved === undefined ? {} : resolved ? (row.resolvedAt ? {} : { resolvedAt: now, resolvedById: user.id }) : { resolvedAt: null, resolvedById: null }),
      },
    });
    if (body === undefined || body === row.body) return [];
    const link = `/documents/${row.documentId}/discussion#comment-${row.id}`;
    return tellOfComment({ tx, documentId: row.documentId, author: user, body, link, title: row.document.title, commentId, onlyNewMentionsSince: row.body });
  });
  await announce(told);
}

/** Deletes a comment (its author, or an admin): its words go, its place in the thread stays. */
export async function deleteComment({ commentId, user }: { commentId: string; user: UserRef }) {
  const row = await findComment(commentId);
  if (row.authorId !== user.id && !can(user.role, "admin")) throw new AppError("forbidden", "Only its author or an admin deletes a comment");
  if (!row.deletedAt) await getDb().comment.update({ where: { id: commentId }, data: { deletedAt: new Date() } });
}
