import "server-only";
import type { StatusCounts } from "./progress-shape";
import { getDb } from "../../server/db";
import type { DocumentStatus } from "../../review/transitions";


/** Each collection with how many of its documents are at each status, for the progress bars. */
export async function listCollectionProgress() {
  const db = getDb();
  const [collections, rows] = await Promise.all([
    db.collection.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.document.groupBy({ by: ["collectionId", "status"], where: { deletedAt: null }, _count: { _all: true } }),
  ]);
  return collections.map((c) => {
    const counts: StatusCounts = { raw: 0, in_progress: 0, corrected: 0, approved: 0 };
    for (const r of rows) if (r.collectionId === c.id && r.status in counts) counts[r.status as DocumentStatus] = r._count._all;
    return { ...c, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
}
