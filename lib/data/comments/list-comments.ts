import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import type { CommentTarget, CommentView, ThreadView } from "./comment-shape";

const SELECT = {
  id: true, parentId: true, pageId: true, annotationId: true, body: true, createdAt: true, editedAt: true, deletedAt: true, resolvedAt: true,
  author: { select: { id: true, username: true, displayName: true } },
  resolvedBy: { select: { displayName: true } },
} as const;

/**
 * A document's discussion: its threads, open ones first and then resolved, each oldest first,
 * with their replies. A deleted comment keeps its place with no body, so replies still read in order.
 */
export async function listComments({ documentId }: { documentId: string }): Promise<ThreadView[]> {
  const db = getDb();
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { id: true } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  const rows = await db.comment.findMany({ where: { documentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: SELECT });
  const [pages, annotations] = await Promise.all([
    db.page.findMany({ where: { id: { in: rows.flatMap((r) => (r.pageId ? [r.pageId] : [])) } }, select: { id: true, index: true } }),
    db.annotation.findMany({ where: { id: { in: rows.flatMap((r) => (r.annotationId ? [r.annotationId] : [])) } }, select: { id: true, tag: true, exact: true } }),
  ]);
  const view = (r: (typeof rows)[number]): CommentView => ({
    id: r.id,
    body: r.deletedAt ? "" : r.body,
    author: { id: r.author.id, username: r.author.username, name: r.author.displayName },
    createdAt: r.createdAt.toISOString(),
    editedAt: r.editedAt?.toISOString() ?? null,
    deleted: r.deletedAt !== null,
  });
  const about = (r: (typeof rows)[number]): CommentTarget => {
    const page = r.pageId ? pages.find((p) => p.id === r.pageId) : undefined;
    if (page) return { kind: "page", pageId: page.id, number: page.index + 1 };
    const annotation = r.annotationId ? annotations.find((a) => a.id === r.annotationId) : undefined;
    if (annotation) return { kind: "annotation", annotationId: annotation.id, tag: annotation.tag, exact: annotation.exact };
    return { kind: "document" };
  };
  const threads = rows
    .filter((r) => r.parentId === null)
    .map((r): ThreadView => ({
      ...view(r),
      about: about(r),
      resolved: r.resolvedAt ? { by: r.resolvedBy?.displayName ?? "someone", at: r.resolvedAt.toISOString() } : null,
      replies: rows.filter((c) => c.parentId === r.id).map(view),
    }));
  return [...threads.filter((t) => !t.resolved), ...threads.filter((t) => t.resolved)];
}

/** How many open threads a document has, for its tab. */
export const countOpenThreads = ({ documentId }: { documentId: string }) => getDb().comment.count({ where: { documentId, parentId: null, resolvedAt: null, deletedAt: null } });
