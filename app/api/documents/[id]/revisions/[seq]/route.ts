import { NextResponse } from "next/server";
import { getRevision } from "@/lib/data/revisions/revisions";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";
import { seqSchema } from "@/lib/validation/api";

export const GET = apiRoute<{ id: string; seq: string }>({ permission: "read" }, async (_request, { id, seq }) => {
  const parsed = seqSchema.safeParse(seq);
  if (!parsed.success) throw new AppError("not_found", `No revision ${seq}`);
  return NextResponse.json(await getRevision({ documentId: id, seq: parsed.data }));
});
