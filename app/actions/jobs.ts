"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelJob } from "@/lib/data/jobs/cancel-job";
import { retryJob } from "@/lib/data/jobs/retry-job";
import { runAction } from "./result";

const jobId = z.string().max(100);

export async function retryJobAction(id: string) {
  return runAction({ permission: "admin", what: "retry background jobs" }, async (user) => {
    const job = await retryJob({ id: jobId.parse(id), actorId: user.id });
    revalidatePath("/admin/jobs");
    return job;
  });
}

export async function cancelJobAction(id: string) {
  return runAction({ permission: "admin", what: "cancel background jobs" }, async (user) => {
    const job = await cancelJob({ id: jobId.parse(id), actorId: user.id });
    revalidatePath("/admin/jobs");
    return job;
  });
}
