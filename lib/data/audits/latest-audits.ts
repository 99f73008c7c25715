import "server-only";
import { getDb } from "../../server/db";
import type { AuditView } from "./audit-shape";
import { getAudit } from "./get-audit";

/** Each collection's latest audit (or one collection's), for the dashboards. */
export async function latestAudits({ collectionId }: { collectionId?: string } = {}): Promise<AuditView[]> {
  const rows = await getDb().audit.findMany({
    where: collectionId ? { collectionId } : {},
    orderBy: { createdAt: "desc" },
    distinct: ["collectionId"],
    select: { id: true },
  });
  return Promise.all(rows.map(({ id }) => getAudit({ id })));
}
