"use server";
import { revalidatePath } from "next/cache";
import { createRevision } from "@/lib/data/create-revision";
import { revertToRevision } from "@/lib/data/revert-revision";
import { requireDirectCommit } from "@/lib/data/review-policy";
import { createRevisionSchema, seqSchema } from "@/lib/validation/api";
import { runAction } from "./result";

const refresh = (documentId: string) => {
  revalidatePath("/");
  revalidatePath(`/documents/${documentId}`, "layout");
};

/** Saves the editor's text as the next revision (409 as a value when someone saved first). */
export async function saveRevision(documentId: string, input: { baseSeq: number; text: string; message: string }) {
  return runAction({ permission: "proposal.create", what: "change the text" }, async (user) => {
    const body = createRevisionSchema.parse(input);
    await requireDirectCommit(user, documentId);
    const revision = await createRevision({ documentId, ...body, authorId: user.id });
    refresh(documentId);
    return { seq: revision.seq, created: revision.created, orphaned: revision.annotations?.orphaned ?? 0 };
  });
}

/** Makes an old revision's text the head again, as a new revision. */
export async function revertRevision(documentId: string, input: { seq: number; baseSeq: number }) {
  return runAction({ permission: "proposal.create", what: "revert the text" }, async (user) => {
    await requireDirectCommit(user, documentId);
    const revision = await revertToRevision({
      documentId,
      seq: seqSchema.parse(input.seq),
      baseSeq: seqSchema.parse(input.baseSeq),
      authorId: user.id,
    });
    refresh(documentId);
    return { seq: revision.seq, created: revision.created };
  });
}
