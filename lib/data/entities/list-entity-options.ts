import "server-only";
import { preparedRead } from "../../db/prepared-read";

const entityOptions = preparedRead<{ id: string; name: string; type: string }>(`SELECT "id", "name", "type" FROM "Entity" ORDER BY "name" ASC`);

/**
 * The names the annotate form offers, without counting mentions (the entities page counts).
 * A prepared query (lib/db/prepared-read): every editor page load lists them all, and Prisma's compiler costs per row.
 */
export async function listEntityOptions() {
  return entityOptions();
}
