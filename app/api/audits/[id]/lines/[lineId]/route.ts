import { NextResponse } from "next/server";
import { z } from "zod";
import { checkAuditLine } from "@/lib/data/audits/check-audit-line";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

/** Checks a drawn line: `{ text }` is the line as it should read (unchanged when it is right); a fix becomes a revision. */
export const POST = apiRoute<{ id: string; lineId: string }>({ permission: "proposal.review", what: "audit collections" }, async (request, { id, lineId }, user) => {
  const { text } = z.object({ text: z.string().max(10_000) }).parse(await readJson(request));
  return NextResponse.json(await checkAuditLine({ auditId: id, lineId, corrected: text, user }));
});
