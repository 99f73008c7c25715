// npm run reindex: rebuilds the search index from every document's title, text and raw OCR,
// one document per transaction, with progress.
import { requireDatabase } from "./lib/cli";

requireDatabase();
const { reindexDocuments } = await import("../lib/data/search/reindex-documents");
const { getDb } = await import("../lib/server/db");

const started = Date.now();
let shown = 0;
const { indexed } = await reindexDocuments({
  all: true,
  onProgress: (done, total) => {
    if (done === total || Date.now() - shown > 1000) {
      shown = Date.now();
      process.stdout.write(`\rIndexed ${done} of ${total} documents`);
    }
  },
});
console.log(`${indexed ? "\n" : ""}Rebuilt the search index of ${indexed} document${indexed === 1 ? "" : "s"} in ${Date.now() - started} ms.`);
await getDb().$disconnect();
