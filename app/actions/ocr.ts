"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelOcrJob } from "@/lib/data/ocr/cancel-ocr-job";
import { runAction } from "./result";

/** Stops an OCR job before its next page (admins). */
export async function cancelOcr(id: string) {
  return runAction({ permission: "admin", what: "cancel OCR jobs" }, async (user) => {
    const job = await cancelOcrJob({ id: z.string().max(100).parse(id), actorId: user.id });
    revalidatePath(`/ocr-jobs/${job.id}`);
    return { status: job.status };
  });
}
