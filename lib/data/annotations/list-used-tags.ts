import "server-only";
import { getDb } from "../../db";

/** The tags that some annotation carries, for filtering search results by tag. */
export async function listUsedTags() {
  const rows = await getDb().$queryRaw<{ tag: string }[]>`SELECT DISTINCT "tag" FROM "Annotation" ORDER BY "tag"`;
  return rows.map((r) => r.tag);
}
