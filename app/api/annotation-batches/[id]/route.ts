import { NextResponse } from "next/server";
import { undoAnnotationBatch } from "@/lib/data/annotations/undo-annotation-batch";
import { apiRoute } from "@/lib/server/http/api-route";

/** Undoes a batch: 200 `{ id, removed }`; its author or an admin; 409 twice. */
export const DELETE = apiRoute<{ id: string }>({ permission: "annotate", what: "annotate" }, async (_request, { id }, user) =>
  NextResponse.json(await undoAnnotationBatch({ id, actor: user })),
);
