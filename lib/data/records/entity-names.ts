import "server-only";
import type { DbTx } from "../../server/db";
import { parseEntityVariants } from "../entities/entity-shape";

/**
 * The entity registry as a resolver: a name or one of its variants, compared without regard to
 * case or runs of space, answers the entity's own name.
 */
export async function entityNames(tx: DbTx) {
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const byKey = new Map<string, string>();
  for (const e of await tx.entity.findMany({ select: { name: true, variants: true } })) {
    byKey.set(key(e.name), e.name);
    for (const v of parseEntityVariants(e.variants)) if (!byKey.has(key(v))) byKey.set(key(v), e.name);
  }
  return (name: string) => byKey.get(key(name)) ?? null;
}
