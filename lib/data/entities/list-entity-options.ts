import "server-only";
import { entityOptions } from "./entity-sql";

/**
 * The names the annotate form offers, without counting mentions (the entities page counts).
 * A prepared query (lib/server/db/prepared-read): every editor page load lists them all, and Prisma's compiler costs per row.
 */
export async function listEntityOptions() {
  return entityOptions();
}
