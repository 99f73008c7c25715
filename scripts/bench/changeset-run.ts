// Previews, creates and applies one changeset in a process of its own, so that its peak memory
// is the changeset's, and prints {previewMs, hits, documents, createMs, applyMs, progressUpdates,
// baselineMb, peakMb} as JSON on its last line. Run by corpus.ts.
import { performance } from "node:perf_hooks";

const [query, replacement, authorId] = process.argv.slice(2);
const { getDb } = await import("../../lib/server/db");
const { planChangeset } = await import("../../lib/data/changesets/plan-changeset");
const { createChangeset } = await import("../../lib/data/changesets/create-changeset");
const { runChangeset } = await import("../../lib/data/changesets/run-changeset");
const author = await getDb().user.findUniqueOrThrow({ where: { id: authorId }, select: { id: true, username: true, displayName: true, role: true } });
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const input = { query, mode: "exact" as const, replacement, message: "bench" };
let t0 = performance.now();
const preview = await planChangeset(input);
const previewMs = performance.now() - t0;
t0 = performance.now();
const created = await createChangeset({ input, author: { ...author, role: "admin" } });
const createMs = performance.now() - t0;
t0 = performance.now();
let progressUpdates = 0;
await runChangeset({ id: created.id, onProgress: () => progressUpdates++ });
const applyMs = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await getDb().$disconnect();
console.log(JSON.stringify({ previewMs, hits: preview.hits, documents: preview.documents.length, createMs, applyMs, progressUpdates, baselineMb: baseline / 2 ** 20, peakMb: peak / 2 ** 20 }));
