import { migrateDatabase } from "./cli";

/**
 * Migrates the database, indexes for search any document that has no index rows yet and
 * measures the error rates any revision lacks (a database from before them), then loads the
 * sample report if it is not there yet.
 */
export async function prepareDatabase(): Promise<void> {
  const file = await migrateDatabase();
  const { reindexDocuments } = await import("../../lib/data/search/reindex-documents");
  const { indexed } = await reindexDocuments();
  const { fillErrorRates } = await import("../../lib/data/metrics/record-error-rates");
  const rates = await fillErrorRates();
  const { loadSample } = await import("../../lib/data/documents/load-sample");
  const sample = await loadSample();
  // A PostgreSQL pool would otherwise keep this process alive for its idle timeout.
  const { getDb } = await import("../../lib/db");
  await getDb().$disconnect();
  console.log(`Database ready at ${file}${indexed ? `; indexed ${indexed} document(s) for search` : ""}${rates.documents ? `; measured the error rates of ${rates.documents} document(s)` : ""}${sample.created ? "; loaded the sample report CSDB-18851" : ""}`);
}
