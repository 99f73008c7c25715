import { z } from "zod";
/** The longest comment a person may write (a page of prose; a longer text belongs in the document). */
export const MAX_COMMENT_LENGTH = 10_000;

const body = z.string().trim().min(1, "Write something first").max(MAX_COMMENT_LENGTH, `A comment has at most ${MAX_COMMENT_LENGTH} characters`);
const id = z.string().min(1).max(100);

/** `POST /api/documents/:id/comments`: a new thread (on the document, a page or an annotation), or a reply. */
export const newCommentSchema = z.object({ body, pageId: id.nullish(), annotationId: id.nullish(), parentId: id.nullish() });

/** `PATCH /api/comments/:id`: new words, or the thread resolved or opened again. */
export const changeCommentSchema = z.object({ body: body.optional(), resolved: z.boolean().optional() }).refine((v) => v.body !== undefined || v.resolved !== undefined, "Send body or resolved");
