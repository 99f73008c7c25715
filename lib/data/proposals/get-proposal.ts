import "server-only";
import { getDb } from "../../server/db";
import { proposalHunks } from "../../review/hunks";
import { mergeWords, type MergeSegment } from "../../review/merge-words";
import { diffWords } from "../../revisions/word-diff";
import { AUTHOR_SELECT } from "../users/author-ref";
import { findProposal, getProposalTexts, readHeadText, toProposalItem } from "./proposal-texts";

/** Characters of unchanged text shown on each side of a hunk. */
const HUNK_CONTEXT = 60;

/**
 * Everything the review and conflict views need: the hunks with some context, the word diff
 * against the base, and, when the head moved, how the proposal merges onto it (the conflicting
 * stretches with base, theirs and mine).
 */
export async function getProposal({ id }: { id: string }) {
  const db = getDb();
  const row = await findProposal({ tx: db, id: id });
  const [people, document] = await Promise.all([
    db.proposal.findUniqueOrThrow({ where: { id }, select: { author: AUTHOR_SELECT, reviewer: AUTHOR_SELECT } }),
    db.document.findUniqueOrThrow({ where: { id: row.documentId }, select: { id: true, title: true, collectionId: true } }),
  ]);
  const { base, proposed } = await getProposalTexts({ tx: db, proposal: row });
  const head = await readHeadText(row.documentId);
  const diff = diffWords(base, proposed);
  const hunks = proposalHunks(base, proposed, diff).map((h) => ({
    ...h,
    contextBefore: base.slice(Math.max(0, h.start - HUNK_CONTEXT), h.start),
    contextAfter: base.slice(h.end, h.end + HUNK_CONTEXT),
  }));
  const isOpen = row.status === "proposed" || row.status === "needs_rebase";
  let merge: { headSeq: number; clean: boolean; segments: MergeSegment[] } | null = null;
  if (isOpen && head.headSeq !== row.baseSeq) {
    const merged = mergeWords(base, proposed, head.headText);
    merge = merged.ok
      ? { headSeq: head.headSeq, clean: true, segments: [] }
      : { headSeq: head.headSeq, clean: false, segments: merged.error.segments };
  }
  const { patch: _patch, ...fields } = row;
  return {
    ...toProposalItem(fields),
    author: people.author,
    reviewer: people.reviewer,
    document,
    headSeq: head.headSeq,
    hunks,
    diff,
    merge,
    /** The proposed text, for the author to resolve a conflict from. */
    text: proposed,
  };
}
