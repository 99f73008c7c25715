// npm run bench: prints the figures the issues ask for, with their targets. Never run by npm test.
//   save latency (diff, patch, hash, store) at 20 KB, 200 KB and 1 MB, through the data layer
//     and through the HTTP API when a production build exists;
//   storage of 1,000 one-character corrections to a 100 KB document against a git pack;
//   rebuild time of random revisions at 100 KB and 1 MB;
//   anchoring accuracy and editor latency (issue 3); approval onto a moved head (issue 4);
//   exporting a 1,000-document collection as a TEI zip, time and peak memory (issue 5);
//   suggestion quality against the typescript corpus, beside a spellchecker, and speed (issue 10);
//   a 10,000-document corpus: import, index size, search per mode beside a scan, index upkeep (issue 11);
//   page images: import with ALTO, OCR, the ALTO round trip, box mapping, IIIF tiles, the editor (issue 12);
//   releases compared: FRUS pages typeset twice with different spans withheld, read by
//     tesseract.js, and the spans recovered from the other release (issue 25);
//   audit sampling: how often an audit's 95 % interval covers the true remaining CER of
//     approved text carrying known residual errors, in 200 simulated audits per corpus (issue 26);
//   the job engine: pg-boss and its SQLite adapter, sends, runs and latency (issue 24);
//   scale: reads, pages, search and a read/save mix on SQLite and on PostgreSQL with one and two
//     app processes, and migrate:db of the corpus (issue 13; needs TEST_DATABASE_URL).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { staleBuildReason } from "./lib/build-fingerprint";
import { measureApproval } from "./bench/approve-latency";
import { measureCollectionExport } from "./bench/export-collection";
import { benchSuggestions } from "./bench/suggestions";
import { benchConstants, benchRules } from "./bench/rule-table";
import { benchImageRereads } from "./bench/image-rereads";
import { benchReleases } from "./bench/releases";
import { benchAudits } from "./bench/audits";
import { benchCorpus } from "./bench/corpus";
import { corpusDocument, sourceTexts } from "./bench/corpus-texts";
import { benchScale } from "./bench/scale";
import { createAdminToken, startApp } from "./lib/start-app";
import { benchPages, benchPagesOverHttp } from "./bench/pages";
import { benchStalls } from "./bench/stalls";
import { benchJobs } from "./bench/jobs";
import { benchStorage } from "./bench/storage";
import { benchSaveLatency, benchHttpSaveLatency } from "./bench/save-latency";
import { benchAnnotations } from "./bench/annotations";
import { benchEditor } from "./bench/editor";
import { benchDashboardPage, benchUnderLoad } from "./bench/under-load";
import { BENCH_ADMIN, kb, ms, type BenchContext, type BenchServer } from "./bench/context";
import { quantile, rng, verdict } from "./bench/statistics";
import { useTempDatabase } from "../test/temp-db";

const dbFile = (await useTempDatabase()).url.slice("file:".length);
const { getDb } = await import("../lib/server/db");
const { createDocument } = await import("../lib/data/documents/create-document");

const SAMPLE = readFileSync(new URL("../samples/csdb-18851.ocr.txt", import.meta.url), "utf8");
const quick = process.argv.includes("--quick");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const runs = (section: string) => !only || only.includes(section);

const ctx: BenchContext = {
  quick,
  dbFile,
  authorId: (await getDb().user.create({ data: { username: "bench-data", displayName: "Bench", role: "admin" }, select: { id: true } })).id,
  facts: { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } },
  sampleOfSize: (bytes) => {
    let out = "";
    for (let i = 1; out.length < bytes; i++) out += `\f[copy ${i}]\n${SAMPLE}`;
    return out.slice(0, bytes);
  },
};
const { facts, sampleOfSize, authorId } = ctx;

console.log(`OCR Workbench benchmark (${quick ? "quick" : "full"} run), Node ${process.version}, SQLite at ${dbFile}\n`);

if (runs("save")) {
  await benchSaveLatency(ctx);
  await withServer("through the HTTP API", (server) => benchHttpSaveLatency(server, ctx));
}
if (runs("storage") || runs("rebuild")) await benchStorage({ quick, storage: runs("storage"), rebuild: runs("rebuild"), dbFile, authorId, facts, sampleOfSize });
if (runs("annotations")) await benchAnnotations(ctx);
if (runs("editor")) await withServer("editor latency", (server) => benchEditor(server, ctx));
if (runs("load")) await withServer("load", (server) => benchUnderLoad(server, ctx));

if (runs("approve")) {
  console.log("\nApprove a proposal onto a head that moved 10 revisions (word-level three-way merge, store, re-anchor):");
  for (const size of [200 * 1024, 1024 * 1024]) {
    const { times, merged } = await measureApproval({ text: sampleOfSize(size), trials: quick ? 5 : 20, random: rng(size + 7), facts });
    console.log(`  ${kb(size).padStart(9)}: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} over ${times.length} approvals (${merged} merged onto a moved head)`);
  }
}

if (runs("export")) {
  const documents = quick ? 200 : 1000;
  console.log(`\nExport a collection of ${documents} documents (≈5 KB each, 2 revisions and 3 annotations each) as a TEI zip:`);
  const r = await measureCollectionExport({ documents, size: 5000, sample: sampleOfSize(400 * 1024), facts, authorId });
  console.log(`  (set up in ${(r.setupMs / 1000).toFixed(1)} s: ${kb(r.chars)} of text)`);
  console.log(
    `  ${(r.ms / 1000).toFixed(2)} s for a ${kb(r.bytes)} zip (target ≤ 20 s: ${verdict(r.ms <= 20_000)}); ` +
      `exporting process ${r.baselineMb.toFixed(0)} MB at start, peak ${r.peakMb.toFixed(0)} MB (target < 300 MB: ${verdict(r.peakMb < 300)})`,
  );
}

if (runs("suggestions")) await benchSuggestions({ quick });
if (runs("rules")) benchRules();
if (runs("rereads")) await benchImageRereads({ quick });
if (runs("releases")) await benchReleases({ quick });
if (runs("audits")) benchAudits({ quick });
// Minutes of reruns: only when asked for by name.
if (only?.includes("constants")) benchConstants();
if (runs("corpus")) {
  const corpusId = await benchCorpus({ quick, dbFile, sample: SAMPLE, authorId, facts, sampleOfSize });
  await withServer("dashboard page", (server) => benchDashboardPage(server, corpusId), dbFile);
}

if (runs("pages")) {
  const imported = await benchPages({ authorId });
  if (imported) await withServer("pages over HTTP", (server) => benchPagesOverHttp(server.base, imported.documentIds, server.token, BENCH_ADMIN), dbFile);
}

if (runs("stalls")) await withServer("stalls", (server) => benchStalls(server.base, server.token));

if (runs("jobs")) await benchJobs({ sqliteUrl: `file:${dbFile}`, postgresServer: process.env.TEST_DATABASE_URL });

if (runs("scale")) {
  await benchScale({
    quick,
    sampleOfSize,
    corpusDbFile: runs("corpus") ? dbFile : null,
    // Without the corpus section, the same generated documents are made here for migrate:db.
    makeCorpus: async () => {
      const sources = sourceTexts(SAMPLE);
      const { id: collectionId } = await getDb().collection.create({ data: { name: "scale corpus", settings: {} }, select: { id: true } });
      for (let i = 0; i < (quick ? 1000 : 10_000); i++) await createDocument({ ...corpusDocument(i, sources, 5000), facts, authorId: null, collectionId });
      return dbFile;
    },
  });
}

await getDb().$disconnect();

/** Runs `fn` against a production server on a fresh database, or on `databaseFile` when given. */
async function withServer(what: string, fn: (server: BenchServer) => Promise<void>, databaseFile?: string) {
  if (staleBuildReason()) {
    console.log(`  ${what}: skipped (no production build of these sources; run \`npm run build\` first)`);
    return;
  }
  const databaseUrl = `file:${databaseFile ?? join(mkdtempSync(join(tmpdir(), "workbench-http-")), "http.db")}`;
  const app = await startApp({ port: 3197, databaseUrl });
  try {
    await fn({ base: app.base, token: createAdminToken(databaseUrl, BENCH_ADMIN) });
  } finally {
    await app.stop();
  }
}
