import "server-only";
import { RULES } from "../../suggest/rules";
import { getDb } from "../../server/db";
import type { SuggestionRuleView } from "./suggestion-rule-shape";

/** Every suggestion rule in the order the detector asks them, with this collection's choice. */
export async function listSuggestionRules({ collectionId }: { collectionId: string }): Promise<SuggestionRuleView[]> {
  const rows = await getDb().ruleOff.findMany({ where: { collectionId }, select: { rule: true, createdAt: true, createdById: true } });
  const users = await getDb().user.findMany({ where: { id: { in: rows.flatMap((r) => (r.createdById ? [r.createdById] : [])) } }, select: { id: true, displayName: true } });
  const byRule = new Map(rows.map((r) => [r.rule, r]));
  return RULES.map((rule) => {
    const off = byRule.get(rule.name);
    return {
      name: rule.name,
      title: rule.title,
      evidence: rule.evidence,
      off: !!off,
      offBy: off ? (users.find((u) => u.id === off.createdById)?.displayName ?? null) : null,
      offAt: off ? off.createdAt.toISOString() : null,
    };
  });
}
