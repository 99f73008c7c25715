// The `corpus` section of npm run bench (issue 11): 10,000 generated documents of about 5 KB;
// the import time and the index size against the text; search latency per mode beside an
// unindexed scan in the same run; what index maintenance adds to a 200 KB save.
import { performance } from "node:perf_hooks";
import BetterSqlite from "better-sqlite3";
import { distance } from "fastest-levenshtein";
import { wordSpans, foldWord } from "../../lib/search/words";
import type { SearchMode } from "../../lib/search/query";
import { spawnSync } from "node:child_process";
import { corpusDocument, ITS_CORRECTION, misread, NAMES, REPEATED_MISREADING, sourceTexts } from "./corpus-texts";
import { quantile, rng, verdict } from "./statistics";

interface Options {
  quick: boolean;
  dbFile: string;
  sample: string;
  authorId: string;
  facts: { byteLength: number; bomStripped: boolean; lineEndings: { crlf: number; cr: number } };
  sampleOfSize: (bytes: number) => string;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;
const ROLLBACK = new Error("rolled back on purpose");

/** Runs the section; answers the corpus collection's id, for the dashboard page measured over HTTP. */
export async function benchCorpus(o: Options): Promise<string> {
  const { getDb } = await import("../../lib/server/db");
  const { createDocument } = await import("../../lib/data/documents/create-document");
  const { createRevision } = await import("../../lib/data/revisions/create-revision");
  const { indexFields } = await import("../../lib/data/search/index-document");
  const { searchDocuments } = await import("../../lib/data/search/search-documents");
  const db = getDb();
  const count = o.quick ? 1000 : 10_000;
  console.log(`\nCorpus (issue 11): ${count.toLocaleString("en")} generated documents of about 5 KB`);

  // Import --------------------------------------------------------------------------------------
  const sources = sourceTexts(o.sample);
  const collection = await db.collection.create({ data: { name: "corpus bench", settings: {} }, select: { id: true } });
  let chars = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const { title, text } = corpusDocument(i, sources, 5000);
    chars += text.length;
    await createDocument({ title, text, facts: o.facts, authorId: null, collectionId: collection.id });
    if ((i + 1) % 1000 === 0) process.stdout.write(`\r  importing… ${i + 1} of ${count}`);
  }
  const importMs = performance.now() - started;
  process.stdout.write("\r");
  const sqlite = new BetterSqlite(o.dbFile, { readonly: true });
  const sizes = sqlite.prepare(`SELECT sum(CASE WHEN name LIKE 'Search%' THEN pgsize ELSE 0 END) AS "index", sum(CASE WHEN name = 'Document' THEN pgsize ELSE 0 END) AS "docs" FROM dbstat`).get() as { index: number; docs: number };
  console.log(`  import: ${mb(chars)} of text (×2: raw OCR and text) in ${ms(importMs)}, ${(count / (importMs / 1000)).toFixed(0)} documents/s, index included`);
  console.log(`  index size: ${mb(sizes.index)} = ${(sizes.index / (2 * chars)).toFixed(2)}× the text it indexes (raw OCR + text); the Document table itself is ${mb(sizes.docs)}`);

  // Search ----------------------------------------------------------------------------------------
  const random = rng(42);
  const docText = (i: number) => corpusDocument(i, sources, 5000).text;
  const someWords = (n: number) =>
    Array.from({ length: n }, () => {
      const words = wordSpans(docText(Math.floor(random() * count))).filter((w) => w.end - w.start >= 4);
      return words[Math.floor(random() * words.length)];
    });
  const queries: Record<SearchMode, string[]> = {
    words: [
      ...someWords(20).map((w) => w.folded),
      ...NAMES.slice(0, 10),
      "Soviet mission", '"Soviet Ambassador"', "Colonel Andrey", "Japanese political", "optical plant", "Nishi*", "report", "the", "repatriation", "delegation",
    ],
    exact: [
      ...Array.from({ length: 20 }, () => {
        const t = docText(Math.floor(random() * count));
        const at = Math.floor(random() * (t.length - 12));
        return t.slice(at, at + 10).replace(/\n.*/s, "") || "Soviet";
      }),
      "Colonel Andrey", "(sic)", "Prince Higashi", "No. 417", "SECRET", "Lt. General", ", who is now", "ovich", "enko", "Nishikura",
    ],
    fuzzy: [...NAMES.slice(0, 15), ...NAMES.slice(0, 10).map((n) => misread(n, random)), "Generalov", "Otroshchenko", "repatriation", "delegation", "committee"],
    regex: ["Gen\\w+ov", "\\b19[45]\\d\\b", "Colonel \\w+ \\w+ovich", "[A-Z]{5,} [A-Z]{5,}", "\\bNo\\. \\d{3}\\b"],
  };
  const targets: Record<SearchMode, number> = { words: 100, exact: 100, fuzzy: 500, regex: 2000 };
  console.log("  search over every document, first page of 20 documents with hits (data layer; median of each query, p50/p95 over queries):");
  for (const mode of ["words", "exact", "fuzzy", "regex"] as const) {
    const times: number[] = [];
    let hits = 0;
    let partial = 0;
    await searchDocuments({ q: queries[mode][0], mode, scope: "text" }); // warm-up (caches the vocabulary for fuzzy)
    for (const q of queries[mode]) {
      const t0 = performance.now();
      const r = await searchDocuments({ q, mode, scope: "text" });
      times.push(performance.now() - t0);
      hits += r.total;
      if (!r.complete || r.nextCursor) partial++;
    }
    const p95 = quantile(times, 0.95);
    console.log(
      `    ${mode.padEnd(6)} ${queries[mode].length} queries: p50 ${ms(quantile(times, 0.5))}, p95 ${ms(p95)} (target ≤ ${ms(targets[mode])}: ${verdict(p95 <= targets[mode])}); ${(hits / queries[mode].length).toFixed(0)} matching documents per query${mode === "regex" ? `, ${partial} of ${queries[mode].length} went on past the first page` : ""}`,
    );
  }
  const tPath = performance.now();
  // Nested repeats over a run of lower-case words, then a "!" that never comes: exponential.
  const bad = await searchDocuments({ q: "([a-z]+ ?)+!", mode: "regex", scope: "text" });
  console.log(`    runaway regex "([a-z]+ ?)+!": answered in ${ms(performance.now() - tPath)} (budget 2 s), ${bad.documentsSearched.toLocaleString("en")} documents read, complete: ${bad.complete}; ${bad.notice}`);

  // The unindexed baseline, in the same run: LIKE over every text, and a word-by-word scan for fuzzy.
  const like = sqlite.prepare(`SELECT count(*) AS n FROM "Document" WHERE "deletedAt" IS NULL AND "headText" LIKE ?`);
  const likeTimes = queries.exact.slice(0, 10).map((q) => {
    const t0 = performance.now();
    like.get(`%${q}%`);
    return performance.now() - t0;
  });
  console.log(`    baseline, LIKE '%…%' scan of every text (no index), 10 exact queries: p50 ${ms(quantile(likeTimes, 0.5))}, p95 ${ms(quantile(likeTimes, 0.95))}`);
  const texts = sqlite.prepare(`SELECT "headText" AS t FROM "Document" WHERE "deletedAt" IS NULL`).all() as { t: string }[];
  const fuzzyTimes = queries.fuzzy.slice(0, 3).map((q) => {
    const target = foldWord(q);
    const t0 = performance.now();
    let n = 0;
    for (const { t } of texts) if (wordSpans(t).some((w) => Math.abs(w.folded.length - target.length) <= 2 && distance(w.folded, target) <= 2)) n++;
    return performance.now() - t0;
  });
  console.log(`    baseline, OCR-tolerant by reading every text word by word, 3 queries: p50 ${ms(quantile(fuzzyTimes, 0.5))}`);
  sqlite.close();

  // Index maintenance on a 200 KB save ----------------------------------------------------------
  const big = o.sampleOfSize(200 * 1024);
  const doc = await createDocument({ title: "200 KB", text: big, facts: o.facts, authorId: null, collectionId: collection.id });
  const saves: number[] = [];
  const indexing: number[] = [];
  let text = big;
  const wordAt = (t: string, k: number) => [...t.matchAll(/\b[a-z]{5,}\b/g)][k % 500];
  for (let k = 0; k < (o.quick ? 10 : 30); k++) {
    const m = wordAt(text, k * 37)!;
    const next = text.slice(0, m.index) + m[0].split("").reverse().join("") + text.slice(m.index + m[0].length);
    // The index's own work for the same change, timed inside a transaction (whose commit a
    // save pays anyway) that is then rolled back…
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Document" SET "headText" = ${next} WHERE "id" = ${doc.id}`;
        const t0 = performance.now();
        await indexFields({ tx, documentId: doc.id, values: { text: next } });
        indexing.push(performance.now() - t0);
        throw ROLLBACK;
      })
      .catch((e) => {
        if (e !== ROLLBACK) throw e;
      });
    // …and the whole save, index included.
    const t1 = performance.now();
    await createRevision({ documentId: doc.id, baseSeq: k, text: next, message: "one word", authorId: o.authorId });
    saves.push(performance.now() - t1);
    text = next;
  }
  const added = quantile(indexing, 0.5);
  console.log(`  a 200 KB save, one word changed: median ${ms(quantile(saves, 0.5))} in all, of which the search index ${ms(added)} (target ≤ 5 ms: ${verdict(added <= 5)})`);

  // A changeset over every planted misreading, previewed, created and applied in a fresh process.
  const run = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/bench/changeset-run.ts", REPEATED_MISREADING, ITS_CORRECTION, o.authorId], { env: process.env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`changeset run failed: ${run.stderr}`);
  const cs = JSON.parse(run.stdout.trim().split("\n").pop()!) as { previewMs: number; hits: number; documents: number; createMs: number; applyMs: number; progressUpdates: number; baselineMb: number; peakMb: number };
  console.log(`  a changeset over ${cs.hits.toLocaleString("en")} hits in ${cs.documents.toLocaleString("en")} documents ("${REPEATED_MISREADING}" → "${ITS_CORRECTION}", applied as revisions):`);
  console.log(`    preview ${ms(cs.previewMs)} (target ≤ 3 s: ${verdict(cs.previewMs <= 3000)}); stored in ${ms(cs.createMs)}`);
  console.log(`    apply ${ms(cs.applyMs)} with ${cs.progressUpdates.toLocaleString("en")} progress updates (target ≤ 60 s: ${verdict(cs.applyMs <= 60_000)})`);
  console.log(`    peak memory ${cs.peakMb.toFixed(0)} MB, ${(cs.peakMb - cs.baselineMb).toFixed(0)} MB over the process at rest (target < 500 MB: ${verdict(cs.peakMb < 500)})`);

  // The dashboard's numbers over the whole corpus (the page adds its HTML to these).
  const { collectionMetrics } = await import("../../lib/data/metrics/collection-metrics-sql");
  const dashboard: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await collectionMetrics({ collectionId: collection.id });
    dashboard.push(performance.now() - t0);
  }
  const d = quantile(dashboard, 0.5);
  console.log(`  dashboard of ${count.toLocaleString("en")} documents: its numbers gathered in ${ms(d)}, median of 3 (target ≤ 1 s for the page: ${verdict(d <= 1000)})`);
  return collection.id;
}
