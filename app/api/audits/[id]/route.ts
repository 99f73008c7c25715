import { NextResponse } from "next/server";
import { getAudit, listAuditLines } from "@/lib/data/audits/get-audit";
import { apiRoute } from "@/lib/server/http/api-route";

/** An audit's figures; with `lines=1`, also the lines it drew and what was found in each. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const audit = await getAudit({ id });
  const withLines = new URL(request.url).searchParams.get("lines") === "1";
  return NextResponse.json(withLines ? { ...audit, lines: await listAuditLines({ id }) } : audit);
});
