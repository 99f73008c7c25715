import { NextResponse } from "next/server";
import { z } from "zod";
import { getAudit, listAudits } from "@/lib/data/audits/get-audit";
import { startAudit } from "@/lib/data/audits/start-audit";
import { apiRoute, readOptionalJson } from "@/lib/server/http/api-route";

/** The collection's audits, newest first, with their figures. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ items: await listAudits({ collectionId: id }) }));

/** Starts an audit of the collection's approved text (reviewers and admins); `sampleSize` in lines, else the default for ±1 point. */
export const POST = apiRoute<{ id: string }>({ permission: "proposal.review", what: "audit collections" }, async (request, { id }, user) => {
  const { sampleSize } = z.object({ sampleSize: z.number().int().optional() }).parse(await readOptionalJson(request));
  const { id: auditId } = await startAudit({ collectionId: id, sampleSize, user });
  return NextResponse.json(await getAudit({ id: auditId }), { status: 201 });
});
