import "server-only";
import { getDb } from "../../db";

/** The names the annotate form offers, without counting mentions (the entities page counts). */
export async function listEntityOptions() {
  return getDb().entity.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, type: true } });
}
