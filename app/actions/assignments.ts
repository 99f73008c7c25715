"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assignDocuments } from "@/lib/data/assignments/assign-documents";
import { setPriority } from "@/lib/data/assignments/set-priority";
import { assignSchema, prioritySchema } from "@/lib/validation/assignments";
import { runAction } from "./result";

/** Assigns the documents ticked on the documents list to a person (or to nobody), with an optional due day. */
export async function assignSelected(input: z.input<typeof assignSchema>) {
  return runAction({ permission: "proposal.review", what: "assign documents" }, async (user) => {
    const body = assignSchema.parse(input);
    const result = await assignDocuments({ ...body, actorId: user.id });
    revalidatePath("/");
    revalidatePath("/work");
    return result;
  });
}

/** Raises or lowers where the ticked documents come in the next-task order. */
export async function prioritiseSelected(input: z.input<typeof prioritySchema>) {
  return runAction({ permission: "proposal.review", what: "set priorities" }, async (user) => {
    const body = prioritySchema.parse(input);
    const result = await setPriority({ ...body, actorId: user.id });
    revalidatePath("/");
    return result;
  });
}
