"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createCollection } from "@/lib/data/collections/create-collection";
import { importOneFile, importPastedText } from "@/lib/data/documents/import-documents";
import { AppError } from "@/lib/errors";
import { encodingSchema } from "@/lib/validation/api";
import { runAction } from "./result";

const pasteSchema = z.object({
  title: z.string().max(300).optional(),
  sourceRef: z.string().max(200).optional(),
  text: z.string(),
  collectionId: z.string().max(100).optional(),
});

/** Imports pasted text as one document. */
export async function importPasted(input: z.input<typeof pasteSchema>) {
  return runAction({ permission: "document.import", what: "import documents" }, async (user) => {
    const body = pasteSchema.parse(input);
    const doc = await importPastedText({ ...body, authorId: user.id });
    revalidatePath("/");
    return { id: doc.id, title: doc.title };
  });
}

/**
 * Imports one uploaded file. The browser calls it once per file, so a batch shows progress
 * file by file and a bad file never blocks the rest.
 */
export async function importUploadedFile(form: FormData) {
  return runAction({ permission: "document.import", what: "import documents" }, async (user) => {
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("bad_request", "No file in the form");
    const collectionId = String(form.get("collectionId") ?? "") || null;
    const encoding = encodingSchema.parse(form.get("encoding") || undefined);
    const doc = await importOneFile(
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), encoding },
      { authorId: user.id, collectionId },
    );
    revalidatePath("/");
    return { id: doc.id, title: doc.title };
  });
}

/** Creates a collection to import into. */
export async function addCollection(name: string) {
  return runAction({ permission: "admin", what: "create collections" }, async () => {
    const collection = await createCollection({ name });
    revalidatePath("/import");
    return { id: collection.id, name: collection.name };
  });
}
