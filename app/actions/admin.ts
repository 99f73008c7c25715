"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { newUserSchema, passwordSchema, roleSchema } from "@/lib/auth/credentials";
import { updateCollection } from "@/lib/data/collections/update-collection";
import { createUser, updateUser } from "@/lib/data/users/users";
import { runAction } from "./result";

export async function addUser(input: z.input<typeof newUserSchema>) {
  return runAction({ permission: "admin", what: "manage users" }, async (admin) => {
    const user = await createUser({ ...newUserSchema.parse(input), actorId: admin.id });
    revalidatePath("/admin/users");
    return { id: user.id };
  });
}

const changeUserSchema = z.object({
  role: roleSchema.optional(),
  displayName: z.string().trim().max(80).optional(),
  password: passwordSchema.optional(),
  disabled: z.boolean().optional(),
});

/** Role, display name, a new password or the disabled flag of an account. */
export async function changeUser(userId: string, input: z.input<typeof changeUserSchema>) {
  return runAction({ permission: "admin", what: "manage users" }, async (admin) => {
    await updateUser({ userId: z.string().max(100).parse(userId), actorId: admin.id, ...changeUserSchema.parse(input) });
    revalidatePath("/admin/users");
    return {};
  });
}

const policySchema = z.object({ reviewersCommitDirectly: z.boolean(), allowSelfApproval: z.boolean(), doubleKeying: z.boolean().default(false) });

export async function setReviewPolicy(collectionId: string, input: z.input<typeof policySchema>) {
  return runAction({ permission: "admin", what: "change the review policy" }, async (admin) => {
    const policy = policySchema.parse(input);
    const c = await updateCollection({ id: z.string().max(100).parse(collectionId), changes: { reviewersCommitDirectly: policy.reviewersCommitDirectly, selfApproval: policy.allowSelfApproval, doubleKeying: policy.doubleKeying }, actorId: admin.id });
    revalidatePath("/", "layout");
    return { policy: { reviewersCommitDirectly: c.reviewersCommitDirectly, allowSelfApproval: c.selfApproval, doubleKeying: c.doubleKeying } };
  });
}

/** The licence the collection's exports carry. */
export async function setLicence(collectionId: string, licence: string) {
  return runAction({ permission: "admin", what: "change the licence" }, async (admin) => {
    const c = await updateCollection({ id: z.string().max(100).parse(collectionId), changes: { licence: z.string().max(2000).parse(licence) }, actorId: admin.id });
    revalidatePath(`/collections/${collectionId}`);
    return { licence: c.licence ?? "" };
  });
}

/** Private (accounts only) or public (read-only for anyone). */
export async function setVisibility(collectionId: string, visibility: "private" | "public") {
  return runAction({ permission: "admin", what: "change who may read a collection" }, async (admin) => {
    const c = await updateCollection({ id: z.string().max(100).parse(collectionId), changes: { visibility: z.enum(["private", "public"]).parse(visibility) }, actorId: admin.id });
    revalidatePath(`/collections/${collectionId}`);
    return { visibility: c.visibility };
  });
}
