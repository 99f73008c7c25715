import { migrateDatabase } from "./cli";

/** Migrates the database, then loads the sample report if it is not there yet. */
export async function prepareDatabase(): Promise<void> {
  const file = migrateDatabase();
  const { loadSample } = await import("../../lib/data/documents/load-sample");
  const sample = await loadSample();
  console.log(`Database ready at ${file}${sample.created ? "; loaded the sample report CSDB-18851" : ""}`);
}
