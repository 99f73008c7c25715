"use server";
import { revalidatePath } from "next/cache";
import { updateDocument } from "@/lib/data/documents/update-document";
import { runAction } from "./result";
import { acceptMetadataSuggestions } from "@/lib/data/records/accept-metadata-suggestions";
import { importMetadataCsv } from "@/lib/data/records/import-metadata-csv";
import { updateMetadataSchema } from "@/lib/data/records/update-metadata-schema";
import type { MetadataField } from "@/lib/records/metadata-schema";

/** Saves a document's metadata fields (those given; an empty value clears its field). */
export async function saveDocumentMetadata(documentId: string, metadata: Record<string, string | string[]>) {
  return runAction({ permission: "document.edit", what: "edit documents" }, async (user) => {
    const doc = await updateDocument({ id: documentId, changes: { metadata }, actor: user });
    revalidatePath(`/documents/${documentId}`, "layout");
    return { metadata: doc.metadata };
  });
}

/** Replaces a collection's metadata schema and exemption codes (admins). */
export async function saveMetadataSchema(collectionId: string, schema: { fields: MetadataField[]; exemptionCodes: string[] }) {
  return runAction({ permission: "admin", what: "edit metadata schemas" }, async (user) => {
    const saved = await updateMetadataSchema({ collectionId, schema, actorId: user.id });
    revalidatePath(`/collections/${collectionId}`, "layout");
    return { schema: saved };
  });
}

/** Checks a CSV of the collection's metadata row by row, changing nothing. */
export async function checkMetadataCsv(collectionId: string, text: string) {
  return runAction({ permission: "document.edit", what: "edit documents" }, async (user) => ({ report: await importMetadataCsv({ collectionId, text, actorId: user.id, apply: false }) }));
}

/** Applies a CSV of the collection's metadata whole (one without a problem). */
export async function applyMetadataCsv(collectionId: string, text: string) {
  return runAction({ permission: "document.edit", what: "edit documents" }, async (user) => {
    const report = await importMetadataCsv({ collectionId, text, actorId: user.id, apply: true });
    revalidatePath("/", "layout");
    return { report };
  });
}

/** Accepts the header suggestions a person ticked across the collection, in one step. */
export async function acceptCollectionSuggestions(collectionId: string, accepted: { documentId: string; values: Record<string, string | string[]> }[]) {
  return runAction({ permission: "document.edit", what: "edit documents" }, async (user) => {
    const done = await acceptMetadataSuggestions({ collectionId, accepted, actorId: user.id });
    revalidatePath("/", "layout");
    return done;
  });
}
