import { NextResponse } from "next/server";
import { deleteDocument } from "@/lib/data/documents/delete-document";
import { updateDocument } from "@/lib/data/documents/update-document";
import { getDocument } from "@/lib/data/documents/get-document";
import { apiRoute, readJson } from "@/lib/server/http/api-route";
import { updateDocumentSchema } from "@/lib/validation/api";

export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getDocument({ id })));

/** Title, source reference, collection (admins and reviewers); the document as it is after. */
export const PATCH = apiRoute<{ id: string }>({ permission: "document.edit", what: "edit documents" }, async (request, { id }, user) =>
  NextResponse.json(await updateDocument({ id, changes: updateDocumentSchema.parse(await readJson(request)), actor: user })),
);

/** Soft delete (admins): restorable for 30 days with POST …/restore. */
export const DELETE = apiRoute<{ id: string }>({ permission: "admin", what: "delete documents" }, async (_request, { id }, user) =>
  NextResponse.json(await deleteDocument({ id, actor: user })),
);
