"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAnnotation } from "@/lib/data/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/data/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";
import { createEntity, updateEntity } from "@/lib/data/entities/entities";
import { updateTagSet } from "@/lib/data/annotations/tag-set";
import { createAnnotationSchema, entitySchema, tagSetSchema, updateAnnotationSchema } from "@/lib/validation/annotations";
import { runAction } from "./result";

const refresh = (documentId: string) => revalidatePath(`/documents/${documentId}`, "layout");

/** Annotates a range of the saved text; a new entity may be created with it in the same call. */
export async function annotate(documentId: string, input: z.input<typeof createAnnotationSchema> & { newEntity?: z.input<typeof entitySchema> }) {
  return runAction({ permission: "annotate", what: "annotate" }, async (user) => {
    const body = createAnnotationSchema.parse(input);
    const newEntity = input.newEntity ? entitySchema.parse(input.newEntity) : undefined;
    const created = await createAnnotation({ ...body, newEntity, documentId, authorId: user.id });
    refresh(documentId);
    revalidatePath("/entities", "layout");
    return { id: created.id };
  });
}

/** Edits an annotation, or re-attaches it (start and end) to the saved text. */
export async function editAnnotation(documentId: string, id: string, input: z.input<typeof updateAnnotationSchema>) {
  return runAction({ permission: "annotate", what: "edit annotations" }, async (user) => {
    await updateAnnotation({ id, changes: updateAnnotationSchema.parse(input), actor: user });
    refresh(documentId);
    return {};
  });
}

export async function removeAnnotation(documentId: string, id: string) {
  return runAction({ permission: "annotate", what: "delete annotations" }, async (user) => {
    await deleteAnnotation({ id, actor: user });
    refresh(documentId);
    return {};
  });
}

export async function addEntity(input: z.input<typeof entitySchema>) {
  return runAction({ permission: "annotate", what: "create entities" }, async () => {
    const entity = await createEntity(entitySchema.parse(input));
    revalidatePath("/entities", "layout");
    return { id: entity.id };
  });
}

export async function editEntity(id: string, input: z.input<typeof entitySchema>) {
  return runAction({ permission: "annotate", what: "edit entities" }, async () => {
    const entity = await updateEntity({ id, changes: entitySchema.parse(input) });
    revalidatePath("/entities", "layout");
    return { id: entity.id };
  });
}

export async function saveTagSet(collectionId: string, input: z.input<typeof tagSetSchema>) {
  return runAction({ permission: "admin", what: "edit tag sets" }, async () => {
    const tags = await updateTagSet({ collectionId, tags: tagSetSchema.parse(input).tags });
    revalidatePath("/", "layout");
    return { tags };
  });
}
