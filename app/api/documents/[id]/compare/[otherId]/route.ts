import { NextResponse } from "next/server";
import { compareDocuments } from "@/lib/data/releases/compare-documents";
import { apiRoute } from "@/lib/server/http/api-route";

/** Two releases aligned word by word: same, redacted here, redacted there, or differing, with both sides' offsets. */
export const GET = apiRoute<{ id: string; otherId: string }>({ permission: "read" }, async (_request, { id, otherId }) =>
  NextResponse.json(await compareDocuments({ documentId: id, otherId })),
);
