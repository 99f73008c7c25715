import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { proposalHunks } from "../../review/hunks";
import { mergeWords } from "../../review/merge-words";
import { staleBase } from "./create-revision";
import { readHead } from "./revision-sql";
import { getRevisionText } from "./revisions";

export interface MergedOntoHead {
  headSeq: number;
  headText: string;
  /** The text with the head's changes since `baseSeq` merged in: `text` itself when nothing landed. */
  text: string;
}

/**
 * Merges a text written from revision `baseSeq` onto the document's head, three ways at word
 * level, without storing anything: what a save does when others saved meanwhile, and what the
 * editor's "Merge now" does while the person goes on writing. Overlapping changes answer 409
 * merge_conflict with the segments for a person to choose from.
 */
export async function mergeOntoHead({ documentId, baseSeq, text }: { documentId: string; baseSeq: number; text: string }): Promise<MergedOntoHead> {
  const db = getDb();
  const head = await readHead({ tx: db, documentId });
  if (!head) throw new AppError("not_found", `No document with id ${documentId}`);
  if (baseSeq > head.headSeq) throw staleBase(baseSeq, head.headSeq);
  if (baseSeq === head.headSeq) return { headSeq: head.headSeq, headText: head.headText, text };
  const base = await getRevisionText({ tx: db, documentId, seq: baseSeq });
  const merged = mergeWords(base, text, head.headText);
  if (!merged.ok) {
    const n = merged.error.conflicts.length;
    throw new AppError("conflict", `Revision ${head.headSeq} changed the same words as you in ${n} place${n === 1 ? "" : "s"}: choose for each`, {
      reason: "merge_conflict",
      baseSeq,
      headSeq: head.headSeq,
      segments: merged.error.segments,
      // What an overwrite would undo: every change of theirs, conflicting or not.
      theirChanges: proposalHunks(base, head.headText).map(({ before, after }) => ({ before, after })),
    });
  }
  return { headSeq: head.headSeq, headText: head.headText, text: merged.value };
}
