"use server";
import { revalidatePath } from "next/cache";
import { commitRevision } from "@/lib/data/revisions/commit-revision";
import { mergeOntoHead } from "@/lib/data/revisions/merge-onto-head";
import { revertToRevision } from "@/lib/data/revisions/revert-revision";
import { createRevisionSchema, seqSchema } from "@/lib/validation/api";
import { runAction } from "./result";

const refresh = (documentId: string) => {
  revalidatePath("/");
  revalidatePath(`/documents/${documentId}`, "layout");
};

/**
 * Saves the editor's text as the next revision. When someone saved meanwhile, their changes are
 * merged in (the merged text comes back for the editor) or the conflict comes back as a value
 * with its segments; `merge: false` is the deliberate overwrite from the conflict view.
 */
export async function saveRevision(documentId: string, input: { baseSeq: number; text: string; message: string; merge?: boolean }) {
  return runAction({ permission: "proposal.create", what: "change the text" }, async (user) => {
    const body = createRevisionSchema.parse(input);
    const revision = await commitRevision({ documentId, ...body, author: user });
    refresh(documentId);
    return {
      seq: revision.seq,
      created: revision.created,
      orphaned: revision.annotations?.orphaned ?? 0,
      mergedFrom: revision.mergedFrom,
      ...(revision.mergedText === undefined ? {} : { mergedText: revision.mergedText }),
    };
  });
}

/** Makes an old revision's text the head again, as a new revision. */
export async function revertRevision(documentId: string, input: { seq: number; baseSeq: number }) {
  return runAction({ permission: "proposal.create", what: "revert the text" }, async (user) => {
    const revision = await revertToRevision({
      documentId,
      seq: seqSchema.parse(input.seq),
      baseSeq: seqSchema.parse(input.baseSeq),
      author: user,
    });
    refresh(documentId);
    return { seq: revision.seq, created: revision.created };
  });
}

/**
 * "Merge now": the editor's text (written from `baseSeq`) with the revisions saved since merged
 * in, stored nowhere; the person goes on editing from the head. A conflict comes back as a save's does.
 */
export async function mergeNow(documentId: string, input: { baseSeq: number; text: string }) {
  return runAction({ permission: "proposal.create", what: "change the text" }, async () => {
    const body = createRevisionSchema.pick({ baseSeq: true, text: true }).parse(input);
    return mergeOntoHead({ documentId, ...body });
  });
}
