// npm run fsck: replays every document's revision chain, checks each SHA-256, each snapshot
// and the stored head text; then checks that each collection's suggestion model is what its
// history teaches, that the search index agrees with the documents, and that every page's
// image is in the store with its hash and its layer still spells the raw text. Exits 1 and names the document and seq (or collection) of anything broken.
import { requireDatabase } from "./lib/cli";

requireDatabase();
const { checkAllDocuments } = await import("../lib/data/revisions/check-integrity");
const { getDb } = await import("../lib/server/db");

const started = Date.now();
const { documents, problems } = await checkAllDocuments((title, found) => {
  console.log(`${found.length === 0 ? "ok  " : "FAIL"} ${title}`);
  for (const p of found) console.log(`     document ${p.documentId}${p.seq === null ? "" : ` seq ${p.seq}`}: ${p.message}`);
});
console.log(`Checked ${documents} document${documents === 1 ? "" : "s"} in ${Date.now() - started} ms: ${problems.length === 0 ? "no problems" : `${problems.length} problem(s)`}.`);

// Only over sound chains: a broken one cannot be replayed to rebuild what it taught.
let drifted = 0;
if (problems.length === 0) {
  const { rebuildModels } = await import("../lib/data/suggestions/rebuild-models");
  await rebuildModels({
    dryRun: true,
    onCollection: (r) => {
      if (r.differences) drifted++;
      console.log(`${r.differences ? "FAIL" : "ok  "} suggestion model of “${r.collection}”: ${r.counts} counts${r.differences ? `, ${r.differences} differ from its history (run npm run suggest:rebuild)` : ""}`);
    },
  });
}
const { checkSearchIndex } = await import("../lib/data/search/check-search-index");
const indexProblems = await checkSearchIndex();
for (const p of indexProblems) console.log(`FAIL search index: ${p}`);
if (!indexProblems.length) console.log("ok   search index agrees with every document");
const { checkPageImages } = await import("../lib/data/pages/check-page-images");
const pageCheck = await checkPageImages();
for (const p of pageCheck.problems) console.log(`FAIL page image: ${p}`);
if (!pageCheck.problems.length) console.log(`ok   ${pageCheck.pages} page image${pageCheck.pages === 1 ? "" : "s"} present, matching their hashes and their layers`);
await getDb().$disconnect();
process.exit(problems.length === 0 && drifted === 0 && indexProblems.length === 0 && pageCheck.problems.length === 0 ? 0 : 1);
