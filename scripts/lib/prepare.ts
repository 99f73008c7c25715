import { DEFAULT_DATABASE_URL, dialectOf } from "../../lib/server/db/dialect";
import { migrateDatabase } from "./cli";
import { whilePreparing } from "./migrate-postgres";

/**
 * Migrates the database, indexes for search any document that has no index rows yet and
 * measures the error rates any revision lacks (a database from before them), then loads the
 * sample report if it is not there yet. On PostgreSQL, app processes starting together do
 * this one at a time.
 */
export async function prepareDatabase(): Promise<void> {
  const url = (process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL);
  const summary = dialectOf(url) === "postgresql" ? await whilePreparing(url, prepare) : await prepare();
  console.log(summary);
}

async function prepare(): Promise<string> {
  const name = await migrateDatabase();
  const { reindexDocuments } = await import("../../lib/data/search/reindex-documents");
  const { indexed } = await reindexDocuments();
  const { fillErrorRates } = await import("../../lib/data/metrics/record-error-rates");
  const rates = await fillErrorRates();
  const { loadSample } = await import("../../lib/data/documents/load-sample");
  const sample = await loadSample();
  // A PostgreSQL pool (Prisma's, or the job engine's if the sample sent a job) would otherwise
  // keep this process alive for its idle timeout.
  const { stopJobQueue } = await import("../../lib/server/jobs/jobs");
  await stopJobQueue();
  const { getDb } = await import("../../lib/server/db");
  await getDb().$disconnect();
  return `Database ready at ${name}${indexed ? `; indexed ${indexed} document(s) for search` : ""}${rates.documents ? `; measured the error rates of ${rates.documents} document(s)` : ""}${sample.created ? "; loaded the sample report CSDB-18851" : ""}`;
}
