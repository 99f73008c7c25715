"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markDocument } from "@/lib/data/documents/mark-document";
import { approveProposal } from "@/lib/data/proposals/approve-proposal";
import { createProposal, resubmitProposal } from "@/lib/data/proposals/create-proposal";
import { rejectProposal, withdrawProposal } from "@/lib/data/proposals/decide-proposal";
import { approveSchema, documentLevelSchema, proposeSchema, rejectSchema, resubmitSchema } from "@/lib/validation/review";
import { runAction } from "./result";

const idSchema = z.string().min(1).max(100);

const refresh = (documentId?: string) => {
  revalidatePath("/", "layout");
  if (documentId) revalidatePath(`/documents/${documentId}`, "layout");
};

/** A corrector's save: the editor's text as a proposal against the revision it started from. */
export async function proposeCorrection(documentId: string, input: z.input<typeof proposeSchema>) {
  return runAction({ permission: "proposal.create", what: "propose corrections" }, async (user) => {
    const proposal = await createProposal({ documentId: idSchema.parse(documentId), ...proposeSchema.parse(input), author: user });
    refresh(documentId);
    return { id: proposal.id };
  });
}

export async function approve(proposalId: string, input: z.input<typeof approveSchema>) {
  return runAction({ permission: "proposal.review", what: "approve proposals" }, async (user) => {
    const result = await approveProposal({ proposalId: idSchema.parse(proposalId), reviewer: user, ...approveSchema.parse(input) });
    refresh();
    return result;
  });
}

export async function reject(proposalId: string, input: z.input<typeof rejectSchema>) {
  return runAction({ permission: "proposal.review", what: "reject proposals" }, async (user) => {
    await rejectProposal({ proposalId: idSchema.parse(proposalId), reviewer: user, ...rejectSchema.parse(input) });
    refresh();
    return {};
  });
}

export async function withdraw(proposalId: string) {
  return runAction({ permission: "proposal.create", what: "withdraw proposals" }, async (user) => {
    await withdrawProposal({ proposalId: idSchema.parse(proposalId), author: user });
    refresh();
    return {};
  });
}

/** The author's resolved text after a conflict, against the current head. */
export async function resubmit(proposalId: string, input: z.input<typeof resubmitSchema>) {
  return runAction({ permission: "proposal.create", what: "resubmit proposals" }, async (user) => {
    await resubmitProposal({ proposalId: idSchema.parse(proposalId), ...resubmitSchema.parse(input), author: user });
    refresh();
    return {};
  });
}

/** Marks a document corrected (correctors and up) or approved (reviewers, four eyes). */
export async function setDocumentLevel(documentId: string, input: z.input<typeof documentLevelSchema>) {
  // The role needed depends on the level asked for; an invalid one is answered as a validation
  // error by the parse inside runAction, never thrown out of the action.
  const asked = documentLevelSchema.safeParse(input).data?.status;
  return runAction(
    asked === "approved" ? { permission: "proposal.review", what: "approve documents" } : { permission: "proposal.create", what: "mark documents corrected" },
    async (user) => {
      const { status } = documentLevelSchema.parse(input);
      const result = await markDocument({ documentId: idSchema.parse(documentId), user, level: status });
      refresh(documentId);
      return result;
    },
  );
}
