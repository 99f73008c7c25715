import "server-only";
import { getDb } from "../../db";

/** The names of the rules a collection turned off, for the detector. */
export async function listRulesOff({ collectionId }: { collectionId: string }): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ rule: string }[]>`SELECT "rule" FROM "RuleOff" WHERE "collectionId" = ${collectionId}`;
  return rows.map((r) => r.rule);
}
