"use server";
import { z } from "zod";
import { annotateHits } from "@/lib/data/annotations/annotate-hits";
import { undoAnnotationBatch } from "@/lib/data/annotations/undo-annotation-batch";
import { annotateHitsSchema } from "@/lib/validation/changesets";
import { runAction } from "./result";

/** Every hit of a search annotated, as one batch (as POST /api/annotation-batches). */
export async function annotateEveryHit(input: unknown) {
  return runAction({ permission: "annotate", what: "annotate" }, async (user) => {
    const { case: letterCase, ...body } = annotateHitsSchema.parse(input);
    return annotateHits({ input: { ...body, caseSensitive: letterCase === "sensitive" }, author: user });
  });
}

/** Takes a batch back: its author or an admin; twice is refused. */
export async function undoAnnotationBatchAction(id: string) {
  return runAction({ permission: "annotate", what: "annotate" }, async (user) => undoAnnotationBatch({ id: z.string().max(100).parse(id), actor: user }));
}
