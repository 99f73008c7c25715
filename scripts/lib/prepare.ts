import { migrateDatabase } from "./cli";

/**
 * Migrates the database, indexes for search any document that has no index rows yet (a
 * database from before the index), then loads the sample report if it is not there yet.
 */
export async function prepareDatabase(): Promise<void> {
  const file = migrateDatabase();
  const { reindexDocuments } = await import("../../lib/data/search/reindex-documents");
  const { indexed } = await reindexDocuments();
  const { loadSample } = await import("../../lib/data/documents/load-sample");
  const sample = await loadSample();
  console.log(`Database ready at ${file}${indexed ? `; indexed ${indexed} document(s) for search` : ""}${sample.created ? "; loaded the sample report CSDB-18851" : ""}`);
}
