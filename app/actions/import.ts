"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createCollection } from "@/lib/data/collections/create-collection";
import { importOneFile, importPastedText } from "@/lib/data/imports/import-documents";
import { importPageUpload } from "@/lib/data/imports/import-page-upload";
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

/**
 * Imports page images with their OCR layers in one request, since a layer is matched to its
 * image among the files sent together. Each refused file comes back by name with the reason.
 */
export async function importPageFiles(form: FormData) {
  return runAction({ permission: "document.import", what: "import documents" }, async (user) => {
    const files = form.getAll("file").filter((f): f is File => f instanceof File);
    if (files.length === 0) throw new AppError("bad_request", "Choose the page images and their layers first");
    const result = await importPageUpload(
      await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
      {
        authorId: user.id,
        collectionId: String(form.get("collectionId") ?? "") || null,
        title: String(form.get("title") ?? "") || undefined,
        split: form.get("documents") === "each",
        language: String(form.get("language") ?? "") || undefined,
      },
    );
    revalidatePath("/");
    return {
      items: result.items.map((d) => ({ id: d.id, title: d.title })),
      errors: result.errors.map(({ file, message }) => ({ file, message })),
      jobs: result.jobs.map((j) => ({ id: j.id, title: j.title, pages: j.pages.length })),
    };
  });
}
