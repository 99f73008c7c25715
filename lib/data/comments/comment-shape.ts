/** One comment as the Discussion tab and GET /api/documents/:id/comments show it. */
export interface CommentView {
  id: string;
  /** Markdown; empty once deleted. */
  body: string;
  author: { id: string; username: string; name: string };
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

/** What a thread is about: the whole document, one page, or one annotation. */
export type CommentTarget =
  | { kind: "document" }
  | { kind: "page"; pageId: string; number: number }
  | { kind: "annotation"; annotationId: string; tag: string; exact: string };

/** A thread: its first comment, what it is about, whether it is resolved, and its replies, oldest first. */
export interface ThreadView extends CommentView {
  about: CommentTarget;
  resolved: { by: string; at: string } | null;
  replies: CommentView[];
}
