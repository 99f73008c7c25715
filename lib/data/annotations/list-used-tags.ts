import "server-only";
import { getDb } from "../../server/db";

/** The tags that some annotation carries, for filtering search results by tag. */
export async function listUsedTags() {
  const rows = await getDb().annotation.findMany({ distinct: ["tag"], select: { tag: true }, orderBy: { tag: "asc" } });
  return rows.map((r) => r.tag);
}
