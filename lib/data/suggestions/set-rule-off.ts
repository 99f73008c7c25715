import "server-only";
import { RULES } from "../../suggest/rules";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import type { UserRef } from "../users/users";

/**
 * "Don't flag this kind here": turns a suggestion rule off for a collection, or on again. Setting
 * what is already set changes nothing and records nothing; each change is in the audit log.
 */
export async function setRuleOff({ collectionId, rule, off, actor }: { collectionId: string; rule: string; off: boolean; actor: UserRef }): Promise<{ rule: string; off: boolean }> {
  const known = RULES.find((r) => r.name === rule);
  if (!known) throw new AppError("invalid", `There is no suggestion rule “${rule}”: the rules are ${RULES.map((r) => r.name).join(", ")}`);
  await getDb().$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!collection) throw new AppError("not_found", `No collection with id ${collectionId}`);
    const existing = await tx.ruleOff.findUnique({ where: { collectionId_rule: { collectionId, rule } }, select: { rule: true } });
    if (!!existing === off) return;
    if (off) await tx.ruleOff.create({ data: { collectionId, rule, createdById: actor.id } });
    else await tx.ruleOff.delete({ where: { collectionId_rule: { collectionId, rule } } });
    await recordAudit({
      tx,
      actorId: actor.id,
      action: off ? "collection.rule_off" : "collection.rule_on",
      subjectType: "collection",
      subjectId: collectionId,
      detail: off ? `Suggestions no longer flag: ${known.title}` : `Suggestions flag again: ${known.title}`,
    });
  });
  return { rule, off };
}
