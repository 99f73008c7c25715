import "server-only";
import { getDb } from "../../db";

/** The words a collection's suggestions leave alone, alphabetically. */
export async function listIgnoredWords({ collectionId }: { collectionId: string }): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ word: string }[]>`SELECT "word" FROM "IgnoredWord" WHERE "collectionId" = ${collectionId} ORDER BY "word"`;
  return rows.map((r) => r.word);
}
