"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createChangeset } from "@/lib/data/changesets/create-changeset";
import { approveChangeset, rejectChangeset } from "@/lib/data/changesets/decide-changeset";
import { planChangeset } from "@/lib/data/changesets/plan-changeset";
import { startRevert } from "@/lib/data/changesets/revert-changeset";
import { approveChangesetSchema, changesetPreviewSchema, createChangesetSchema, rejectChangesetSchema } from "@/lib/validation/changesets";
import { runAction } from "./result";

const changesetId = z.string().max(100);

/** Every hit a replacement would change, by document; stores nothing (as POST /api/changesets/preview). */
export async function previewChangeset(input: unknown) {
  return runAction({ permission: "proposal.create", what: "replace across documents" }, async () => {
    const { case: letterCase, ...body } = changesetPreviewSchema.parse(input);
    return planChangeset({ ...body, caseSensitive: letterCase === "sensitive" });
  });
}

/** Stores the changeset with the job that applies it (as POST /api/changesets). */
export async function submitChangeset(input: unknown) {
  return runAction({ permission: "proposal.create", what: "replace across documents" }, async (user) => {
    const { case: letterCase, ...body } = createChangesetSchema.parse(input);
    return createChangeset({ input: { ...body, caseSensitive: letterCase === "sensitive" }, author: user });
  });
}

/** A reviewer's decision on a corrector's changeset, document by document. */
export async function decideChangeset(id: string, decision: "approve" | "reject", input: unknown) {
  return runAction({ permission: "proposal.review", what: `${decision} changesets` }, async (user) => {
    const which = changesetId.parse(id);
    const outcome = z.enum(["approve", "reject"]).parse(decision) === "approve"
      ? await approveChangeset({ id: which, reviewer: user, ...approveChangesetSchema.parse(input ?? {}) })
      : await rejectChangeset({ id: which, reviewer: user, ...rejectChangesetSchema.parse(input) });
    revalidatePath(`/changesets/${which}`);
    return outcome;
  });
}

/** Undoes a changeset, with the job that does it a document at a time. */
export async function undoChangeset(id: string) {
  return runAction({ permission: "proposal.review", what: "undo changesets" }, async (user) => {
    const started = await startRevert({ id: changesetId.parse(id), user });
    revalidatePath(`/changesets/${started.id}`);
    return started;
  });
}
