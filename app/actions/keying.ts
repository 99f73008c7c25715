"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decideKeyings } from "@/lib/data/keying/decide-keyings";
import { runAction } from "./result";

const choice = z.union([z.literal("a"), z.literal("b"), z.object({ text: z.string().max(100_000) })]);

/** The keying page's decision. */
export async function decideDoubleKeying(documentId: string, proposalIds: [string, string], choices: z.input<typeof choice>[]) {
  return runAction({ permission: "proposal.review", what: "decide double keyings" }, async (user) => {
    const result = await decideKeyings({ documentId, proposalIds: z.tuple([z.string(), z.string()]).parse(proposalIds), choices: z.array(choice).parse(choices), reviewer: user });
    revalidatePath(`/documents/${documentId}`, "layout");
    return result;
  });
}
