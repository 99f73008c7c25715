import "server-only";
import { requireDirectCommit } from "../collections/review-policy";
import type { UserRef } from "../users/users";
import { getDb } from "../../server/db";
import { createRevision } from "./create-revision";
import { getRevisionText } from "./revisions";

/**
 * Makes the text of revision `seq` the head again as a new revision: history is never
 * rewritten. `baseSeq` guards against reverting over a save the user has not seen. The revert
 * takes back what the revisions after `seq` taught the suggestion model, and teaches nothing.
 */
export async function revertToRevision(input: { documentId: string; seq: number; baseSeq: number; author: UserRef }) {
  await requireDirectCommit(input.author, input.documentId);
  const text = await getRevisionText({ tx: getDb(),  documentId: input.documentId, seq: input.seq });
  return createRevision({
    documentId: input.documentId,
    baseSeq: input.baseSeq,
    text,
    authorId: input.author.id,
    message: input.seq === 0 ? "Revert to the raw OCR" : `Revert to revision ${input.seq}`,
    undoes: { from: input.seq + 1, to: input.baseSeq },
  });
}
