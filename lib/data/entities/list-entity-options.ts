import "server-only";
import { getDb } from "../../db";

/**
 * The names the annotate form offers, without counting mentions (the entities page counts).
 * Plain SQL: every editor page load lists them all, and Prisma's compiler costs per row.
 */
export async function listEntityOptions() {
  return getDb().$queryRaw<{ id: string; name: string; type: string }[]>`SELECT "id", "name", "type" FROM "Entity" ORDER BY "name" ASC`;
}
