import "server-only";
import { getDb } from "../../server/db";

/** The words a collection's suggestions leave alone, alphabetically. */
export async function listIgnoredWords({ collectionId }: { collectionId: string }): Promise<string[]> {
  const rows = await getDb().ignoredWord.findMany({ where: { collectionId }, select: { word: true }, orderBy: { word: "asc" } });
  return rows.map((r) => r.word);
}
