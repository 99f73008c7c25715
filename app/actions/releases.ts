"use server";
import { revalidatePath } from "next/cache";
import { relateDocuments } from "@/lib/data/releases/relate-documents";
import { supplyFromRelease } from "@/lib/data/releases/supply-from-release";
import { unrelateDocuments } from "@/lib/data/releases/unrelate-documents";
import { runAction } from "./result";

const refresh = (...ids: string[]) => ids.forEach((id) => revalidatePath(`/documents/${id}`, "layout"));

/** Relates another document to this one: another release, a reply, an enclosure, the same document. */
export async function relateDocument(documentId: string, otherId: string, relation: string) {
  return runAction({ permission: "document.edit", what: "relate documents" }, async (user) => {
    const { id } = await relateDocuments({ documentId, otherId, relation, actorId: user.id });
    refresh(documentId, otherId);
    return { id };
  });
}

export async function unrelateDocument(documentId: string, relationId: string) {
  return runAction({ permission: "document.edit", what: "relate documents" }, async (user) => {
    await unrelateDocuments({ documentId, relationId, actorId: user.id });
    refresh(documentId);
    return {};
  });
}

/** "Fill from the other release": the other's words as a supplied annotation on this release's redacted span. */
export async function supplyFromOtherRelease(documentId: string, otherId: string, span: { start: number; end: number }) {
  return runAction({ permission: "annotate", what: "annotate" }, async (user) => {
    const created = await supplyFromRelease({ documentId, otherId, ...span, authorId: user.id });
    refresh(documentId);
    return { id: created.id };
  });
}
