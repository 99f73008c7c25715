"use server";
import { revalidatePath } from "next/cache";
import { updateDocument } from "@/lib/data/documents/update-document";
import { runAction } from "./result";

/** Saves a document's metadata fields (those given; an empty value clears its field). */
export async function saveDocumentMetadata(documentId: string, metadata: Record<string, string | string[]>) {
  return runAction({ permission: "document.edit", what: "edit documents" }, async (user) => {
    const doc = await updateDocument({ id: documentId, changes: { metadata }, actor: user });
    revalidatePath(`/documents/${documentId}`, "layout");
    return { metadata: doc.metadata };
  });
}
