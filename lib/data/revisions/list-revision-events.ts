import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { applyPatchExact } from "../../revisions/apply-patch";
import { changedWords } from "../../revisions/changed-words";
import { makeRevision } from "../../revisions/make-revision";
import type { LiveEvent } from "../../team/live-event";
import { authorFields, AUTHOR_SELECT } from "../users/author-ref";
import { getRevisionText } from "./revisions";

/** A page that was away longer hears of the latest revisions only: it reloads the text anyway. */
export const MAX_REPLAYED = 10;

/**
 * The revision events after `afterSeq`, as the live stream sent them: for a stream that
 * reconnects (Last-Event-ID) and for a page that polls because it cannot hold a stream open.
 * Each one's text is rebuilt from the one before by its stored patch, to count its words.
 */
export async function listRevisionEvents({ documentId, afterSeq }: { documentId: string; afterSeq: number }): Promise<Extract<LiveEvent, { type: "revision" }>[]> {
  const db = getDb();
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { headSeq: true } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  const from = Math.max(afterSeq, doc.headSeq - MAX_REPLAYED, 0);
  if (from >= doc.headSeq) return [];
  const rows = await db.revision.findMany({
    where: { documentId, seq: { gt: from, lte: doc.headSeq } },
    orderBy: { seq: "asc" },
    select: { seq: true, patch: true, createdAt: true, author: AUTHOR_SELECT },
  });
  let text = await getRevisionText({ tx: db, documentId, seq: from });
  return rows.map((r) => {
    const next = applyPatchExact(text, r.patch ?? "");
    if (!next.ok) throw new Error(`Revision ${r.seq} of ${documentId} does not apply: ${next.error.message}`);
    const words = changedWords(text, next.value, makeRevision(text, next.value).diffs);
    text = next.value;
    const { authorId, authorName } = authorFields(r.author);
    return { type: "revision", documentId, seq: r.seq, authorId, authorName, words, createdAt: r.createdAt.toISOString() };
  });
}
