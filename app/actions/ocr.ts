"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelOcrJob } from "@/lib/data/ocr/cancel-ocr-job";
import { rereadRegion } from "@/lib/data/pages/reread-region";
import { runAction } from "./result";

/** Stops an OCR job before its next page (admins). */
export async function cancelOcr(id: string) {
  return runAction({ permission: "admin", what: "cancel OCR jobs" }, async (user) => {
    const job = await cancelOcrJob({ id: z.string().max(100).parse(id), actorId: user.id });
    revalidatePath(`/ocr-jobs/${job.id}`);
    return { status: job.status };
  });
}

const regionSchema = z.tuple([z.number(), z.number(), z.number().positive(), z.number().positive()]);

/**
 * Reads a region of a page image again and answers the text; nothing is stored. For those who
 * may change the text: the answer is offered in the editor as an ordinary edit.
 */
export async function rereadPageRegion(documentId: string, pageId: string, region: [number, number, number, number]) {
  return runAction({ permission: "proposal.create", what: "read a region again" }, async () => {
    const reading = await rereadRegion({ documentId: z.string().max(100).parse(documentId), pageId: z.string().max(100).parse(pageId), region: regionSchema.parse(region) });
    return { text: reading.text, region: [...reading.region] as [number, number, number, number], words: reading.words };
  });
}
