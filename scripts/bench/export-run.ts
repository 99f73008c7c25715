// Exports one collection as a TEI zip, reading the stream as a client would, and prints
// {ms, bytes, baselineMb, peakMb} as JSON on its last line. Run by export-collection.ts.
import { performance } from "node:perf_hooks";

const collectionId = process.argv[2];
const { exportCollection } = await import("../../lib/data/export/export-collection");
const { getDb } = await import("../../lib/server/db");
await getDb().collection.count(); // connect before the baseline
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const t0 = performance.now();
const zip = await exportCollection({ collectionId, format: "tei", variant: "edition", baseUrl: "http://localhost" });
const reader = zip.stream.getReader();
let bytes = 0;
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  bytes += value.length;
}
const ms = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await getDb().$disconnect();
console.log(JSON.stringify({ ms, bytes, baselineMb: baseline / 2 ** 20, peakMb: peak / 2 ** 20 }));
