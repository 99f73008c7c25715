import { NextResponse } from "next/server";
import { restoreDocument } from "@/lib/data/documents/restore-document";
import { apiRoute } from "@/lib/server/http/api-route";

/** Brings a deleted document back (admins), within 30 days of its deletion. */
export const POST = apiRoute<{ id: string }>({ permission: "admin", what: "restore documents" }, async (_request, { id }, user) =>
  NextResponse.json(await restoreDocument({ id, actor: user })),
);
