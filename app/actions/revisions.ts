"use server";
import { revalidatePath } from "next/cache";
import { createRevision } from "@/lib/data/create-revision";
import { revertToRevision } from "@/lib/data/revert-revision";
import { AppError } from "@/lib/errors";
import { readAuthorCookie } from "@/lib/http/author";
import { createRevisionSchema, seqSchema } from "@/lib/validation/api";
import { runAction } from "./result";

async function requireAuthor(): Promise<string> {
  const author = await readAuthorCookie();
  if (!author) throw new AppError("invalid", "Tell the workbench your name first: it is stored with every correction", { reason: "no_author" });
  return author;
}

/** Saves the editor's text as the next revision (409 as a value when someone saved first). */
export async function saveRevision(documentId: string, input: { baseSeq: number; text: string; message: string }) {
  return runAction(async () => {
    const body = createRevisionSchema.parse(input);
    const revision = await createRevision({ documentId, ...body, author: await requireAuthor() });
    revalidatePath("/");
    revalidatePath(`/documents/${documentId}`, "layout");
    return { seq: revision.seq, created: revision.created, orphaned: revision.annotations?.orphaned ?? 0 };
  });
}

/** Makes an old revision's text the head again, as a new revision. */
export async function revertRevision(documentId: string, input: { seq: number; baseSeq: number }) {
  return runAction(async () => {
    const revision = await revertToRevision({
      documentId,
      seq: seqSchema.parse(input.seq),
      baseSeq: seqSchema.parse(input.baseSeq),
      author: await requireAuthor(),
    });
    revalidatePath("/");
    revalidatePath(`/documents/${documentId}`, "layout");
    return { seq: revision.seq, created: revision.created };
  });
}
