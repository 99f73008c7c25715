import "server-only";
import { getDb } from "../../server/db";
import { requireDirectCommit } from "../collections/review-policy";
import { AUTHOR_SELECT, authorFields } from "../users/author-ref";
import type { UserRef } from "../users/users";
import { createRevision, type CreateRevisionInput } from "./create-revision";
import type { RevisionSummary } from "./revision-shape";
import { mergeOntoHead } from "./merge-onto-head";
import { whileHeadMoves } from "./while-head-moves";

export interface CommitRevisionInput extends Omit<CreateRevisionInput, "alsoInTransaction" | "authorId"> {
  /** Who saves: refused (403) unless they may save to this document's text directly. */
  author: UserRef;
  /**
   * When revisions landed since `baseSeq`: true (the default) merges this text onto the head
   * word by word; false keeps the strict answer, 409 stale_base with the head seq.
   */
  merge?: boolean;
}

export interface CommittedRevision extends RevisionSummary {
  /** Revisions saved by others since `baseSeq` and merged into this one, oldest first. */
  mergedFrom: { seq: number; authorName: string }[];
  /** The stored text, when it differs from the text sent (because others' changes were merged in). */
  mergedText?: string;
}

/**
 * A direct save, by someone the document's collection lets save directly (admins; reviewers where
 * the collection allows it): whatever calls it, the review policy is checked here. When colleagues saved since the author's base revision, their changes and the
 * author's are merged three ways at word level (base, head, this text) with the proposals'
 * merge, so a stale save never silently reverts a colleague's fix: disjoint changes are stored
 * together, overlapping ones answer 409 merge_conflict with the segments for a person to
 * resolve, and nothing is stored. The head-seq guard of createRevision serialises racing saves;
 * a loser re-merges onto the winner.
 */
export async function commitRevision({ author, ...rest }: CommitRevisionInput): Promise<CommittedRevision> {
  await requireDirectCommit(author, rest.documentId);
  const input = { ...rest, authorId: author.id };
  if (input.merge === false) return { ...(await createRevision(input)), mergedFrom: [] };
  return whileHeadMoves(async () => {
    const { headSeq, text } = await mergeOntoHead({ documentId: input.documentId, baseSeq: input.baseSeq, text: input.text });
    const stale = input.baseSeq < headSeq;
    const revision = await createRevision({ ...input, baseSeq: headSeq, text });
    if (!stale) return { ...revision, mergedFrom: [] };
    return { ...revision, mergedFrom: await othersSince(input.documentId, input.baseSeq, headSeq), ...(text !== input.text ? { mergedText: text } : {}) };
  });
}

async function othersSince(documentId: string, baseSeq: number, headSeq: number) {
  const rows = await getDb().revision.findMany({
    where: { documentId, seq: { gt: baseSeq, lte: headSeq } },
    orderBy: { seq: "asc" },
    select: { seq: true, author: AUTHOR_SELECT },
  });
  return rows.map((r) => ({ seq: r.seq, authorName: authorFields(r.author).authorName }));
}
