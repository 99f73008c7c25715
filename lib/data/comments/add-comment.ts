import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { mentionedUsernames } from "../../team/mentions";
import { notify } from "../notifications/notify";
import { announce } from "../notifications/announce";
import type { UserRef } from "../users/users";

interface NewComment {
  documentId: string;
  author: UserRef;
  body: string;
  pageId?: string | null;
  annotationId?: string | null;
  /** The thread replied to (a reply to a reply joins the same thread). */
  parentId?: string | null;
}

/** The first words of a comment for a notification: one line, at most `n` characters. */
export const excerpt = (body: string, n = 120) => {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > n ? `${line.slice(0, n - 1)}…` : line;
};

/**
 * Adds a comment: a new thread on the document, one of its pages or one of its annotations, or
 * a reply to a thread. In one transaction with it, people @mentioned are notified ("mention"),
 * and those who follow the document (its assignee, everyone who commented on it, authors of its
 * waiting proposals) are told of it ("comment"), the author never. 404 for a document, page,
 * annotation or thread that is not this document's.
 */
export async function addComment({ documentId, author, body, pageId, annotationId, parentId }: NewComment) {
  const db = getDb();
  const result = await db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { title: true } });
    if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
    let root: string | null = null;
    if (parentId) {
      const parent = await tx.comment.findFirst({ where: { id: parentId, documentId }, select: { id: true, parentId: true } });
      if (!parent) throw new AppError("not_found", `No comment ${parentId} on this document`);
      root = parent.parentId ?? parent.id;
    } else {
      if (pageId && !(await tx.page.findFirst({ where: { id: pageId, documentId }, select: { id: true } }))) throw new AppError("not_found", `No page ${pageId} in this document`);
      if (annotationId && !(await tx.annotation.findFirst({ where: { id: annotationId, documentId }, select: { id: true } }))) throw new AppError("not_found", `No annotation ${annotationId} on this document`);
    }
    const comment = await tx.comment.create({
      data: { documentId, authorId: author.id, body, parentId: root, pageId: root ? null : (pageId ?? null), annotationId: root ? null : (annotationId ?? null) },
      select: { id: true, createdAt: true },
    });
    const link = `/documents/${documentId}/discussion#comment-${comment.id}`;
    const told = await tellOfComment({ tx, documentId, author, body, link, title: doc.title, commentId: comment.id });
    return { id: comment.id, threadId: root ?? comment.id, createdAt: comment.createdAt.toISOString(), told };
  });
  await announce(result.told);
  return { id: result.id, threadId: result.threadId, createdAt: result.createdAt };
}

/** Notifies the people a comment mentions, then the document's followers not already told. */
export async function tellOfComment({ tx, documentId, author, body, link, title, commentId, onlyNewMentionsSince }: {
  tx: DbTx; documentId: string; author: UserRef; body: string; link: string; title: string; commentId: string;
  /** On an edit: the body before it; only people it did not yet mention are told, and followers not again. */
  onlyNewMentionsSince?: string;
}): Promise<string[]> {
  const before = new Set(onlyNewMentionsSince === undefined ? [] : mentionedUsernames(onlyNewMentionsSince));
  const names = mentionedUsernames(body).filter((n) => !before.has(n));
  const mentioned = names.length ? await tx.user.findMany({ where: { username: { in: names }, disabledAt: null }, select: { id: true } }) : [];
  const told = await notify({ tx, userIds: mentioned.map((u) => u.id), kind: "mention", text: `${author.displayName} mentioned you on “${title}”: ${excerpt(body)}`, link, actorId: author.id });
  if (onlyNewMentionsSince !== undefined) return told;
  const [assignment, commenters, proposers] = await Promise.all([
    tx.assignment.findUnique({ where: { documentId }, select: { userId: true } }),
    tx.comment.findMany({ where: { documentId, deletedAt: null, id: { not: commentId } }, distinct: ["authorId"], select: { authorId: true } }),
    tx.proposal.findMany({ where: { documentId, status: "proposed" }, distinct: ["authorId"], select: { authorId: true } }),
  ]);
  const followers = [assignment?.userId, ...commenters.map((c) => c.authorId), ...proposers.map((p) => p.authorId)].filter((id): id is string => Boolean(id) && !told.includes(id!));
  return [...told, ...(await notify({ tx, userIds: followers, kind: "comment", text: `${author.displayName} commented on “${title}”: ${excerpt(body)}`, link, actorId: author.id }))];
}
