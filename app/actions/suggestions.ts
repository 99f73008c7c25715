"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addIgnoredWord } from "@/lib/data/suggestions/add-ignored-word";
import { setRuleOff } from "@/lib/data/suggestions/set-rule-off";
import { runAction } from "./result";

/** "Don't flag this kind here" (off) or flag it again: reviewers and admins, for the whole collection. */
export async function setSuggestionRule(collectionId: string, rule: string, off: boolean) {
  return runAction({ permission: "proposal.review", what: "turn suggestion rules off or on" }, async (user) => {
    const result = await setRuleOff({ collectionId: z.string().max(100).parse(collectionId), rule: z.string().max(100).parse(rule), off: z.boolean().parse(off), actor: user });
    revalidatePath(`/collections/${collectionId}`);
    return result;
  });
}

/** "Ignore in this collection": anyone who corrects; the word as stored. */
export async function ignoreWord(collectionId: string, word: string) {
  return runAction({ permission: "proposal.create", what: "ignore words in a collection" }, async (user) =>
    addIgnoredWord({ collectionId: z.string().max(100).parse(collectionId), word: z.string().min(1).max(200).parse(word), actor: user }));
}
