// npm run suggest:rebuild: rebuilds every collection's suggestion model exactly from the revision
// history (the counts a save updates one step at a time), and says how far each had drifted.
import { requireDatabase } from "./lib/cli";

requireDatabase();
const { rebuildModels } = await import("../lib/data/suggestions/rebuild-models");
const { getDb } = await import("../lib/server/db");

const started = Date.now();
const reports = await rebuildModels({
  onCollection: (r) => console.log(`“${r.collection}”: ${r.documents} documents, ${r.counts} counts${r.differences ? ` (${r.differences} were different)` : " (unchanged)"}`),
});
console.log(`Rebuilt ${reports.length} collection${reports.length === 1 ? "" : "s"} in ${Date.now() - started} ms.`);
await getDb().$disconnect();
