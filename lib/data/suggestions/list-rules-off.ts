import "server-only";
import { getDb } from "../../server/db";

/** The names of the rules a collection turned off, for the detector. */
export async function listRulesOff({ collectionId }: { collectionId: string }): Promise<string[]> {
  const rows = await getDb().ruleOff.findMany({ where: { collectionId }, select: { rule: true } });
  return rows.map((r) => r.rule);
}
