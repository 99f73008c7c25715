"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { deleteDocument } from "@/lib/data/documents/delete-document";
import { restoreDocument } from "@/lib/data/documents/restore-document";
import { updateDocument } from "@/lib/data/documents/update-document";
import { updateDocumentSchema } from "@/lib/validation/api";
import { runAction } from "./result";

/** Saves a document's title, source reference and collection. */
export async function editDocument(documentId: string, input: z.input<typeof updateDocumentSchema>) {
  return runAction({ permission: "document.edit", what: "edit documents" }, async (user) => {
    const doc = await updateDocument({ id: documentId, changes: updateDocumentSchema.parse(input), actor: user });
    revalidatePath("/", "layout");
    return { id: doc.id };
  });
}

export async function removeDocument(documentId: string) {
  return runAction({ permission: "admin", what: "delete documents" }, async (user) => {
    await deleteDocument({ id: documentId, actor: user });
    revalidatePath("/", "layout");
    return {};
  });
}

export async function bringBackDocument(documentId: string) {
  return runAction({ permission: "admin", what: "restore documents" }, async (user) => {
    await restoreDocument({ id: documentId, actor: user });
    revalidatePath("/", "layout");
    return {};
  });
}
