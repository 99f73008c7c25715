"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setGuidelines } from "@/lib/data/collections/guidelines";
import { runAction } from "./result";

/** An admin's new guidelines for a collection. */
export async function saveGuidelines(collectionId: string, markdown: string) {
  return runAction({ permission: "admin", what: "edit guidelines" }, async (user) => {
    const saved = await setGuidelines({ collectionId, markdown: z.string().parse(markdown), actorId: user.id });
    revalidatePath(`/collections/${collectionId}/guidelines`);
    return saved;
  });
}
