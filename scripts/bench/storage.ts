// Sections 2 and 3 of `npm run bench` (issue 1): what 1,000 one-character corrections cost to
// store, against a git pack of the same texts, and how fast a random revision is rebuilt.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite from "better-sqlite3";
import { getDb } from "../../lib/server/db";
import { createDocument } from "../../lib/data/documents/create-document";
import { createRevision } from "../../lib/data/revisions/create-revision";
import { getRevisionText } from "../../lib/data/revisions/revisions";
import type { ImportFacts } from "../../lib/text/import-text";
import { kb, ms } from "./context";
import { quantile, rng, verdict } from "./statistics";

const CORRECTIONS = 1000;

interface Options {
  quick: boolean;
  storage: boolean;
  rebuild: boolean;
  dbFile: string;
  authorId: string;
  facts: ImportFacts;
  sampleOfSize: (bytes: number) => string;
}

export async function benchStorage(o: Options) {
  console.log(`\nStorage: a 100 KB document receives ${CORRECTIONS} one-character corrections:`);
  const series100k = await buildSeries(o, 100 * 1024, CORRECTIONS, 7);
  if (o.storage) reportStorage(o, series100k);
  if (o.rebuild) {
    console.log("\nRebuild a random revision (replay from the nearest snapshot, SHA-256 checked):");
    await rebuildTimes(o, series100k, 10, "100 KB");
    const series1m = await buildSeries(o, 1024 * 1024, o.quick ? 200 : CORRECTIONS, 11);
    await rebuildTimes(o, series1m, 50, "1 MB");
  }
}

/** Bytes stored for a series' revisions, against a git pack of the same texts. */
function reportStorage(o: Options, series: { id: string; texts: string[] }) {
  const stored = storedBytes(o.dbFile, series.id);
  console.log(`  revisions stored: ${kb(stored.patches)} of patches + ${kb(stored.snapshots)} in ${stored.snapshotCount} compressed snapshots = ${kb(stored.patches + stored.snapshots)}`);
  console.log(`  (plus ${kb(stored.hashes)} of SHA-256 hex, and the raw and head texts kept once each on the document)`);
  console.log(`  full copies would be ${kb(series.texts.reduce((n, t) => n + t.length, 0))}`);
  const git = gitPackSize(series.texts);
  if (!git) return console.log("  git not found: pack comparison skipped");
  const ours = stored.patches + stored.snapshots;
  console.log(`  git pack of the same ${series.texts.length} texts (fast-import, gc --aggressive): ${kb(git.pack)} (blobs alone: ${kb(git.blobs)})`);
  console.log(`  target: no larger than git's pack: ${verdict(ours <= git.pack)} (ours is ${(ours / git.pack).toFixed(2)}× the pack, ${(ours / git.blobs).toFixed(2)}× its blobs)`);
}

async function buildSeries(o: Options, size: number, count: number, seed: number) {
  const random = rng(seed);
  const texts = [o.sampleOfSize(size) + ` series ${seed}`];
  const doc = await createDocument({ title: `series ${size}`, text: texts[0], facts: o.facts, authorId: o.authorId });
  const t0 = performance.now();
  for (let i = 1; i <= count; i++) {
    texts.push(oneCharFix(texts[i - 1], random));
    await createRevision({ documentId: doc.id, baseSeq: i - 1, text: texts[i], message: `c${i}`, authorId: o.authorId });
  }
  const perSave = (performance.now() - t0) / count;
  console.log(`  (built ${count} revisions of a ${kb(size)} text, ${ms(perSave)} per save on average)`);
  return { id: doc.id, texts };
}

function storedBytes(dbFile: string, documentId: string) {
  const db = new BetterSqlite(dbFile, { readonly: true });
  const row = db
    .prepare(
      `SELECT SUM(LENGTH(CAST(patch AS BLOB))) AS patches, SUM(COALESCE(LENGTH(snapshot), 0)) AS snapshots,
              SUM(CASE WHEN snapshot IS NULL THEN 0 ELSE 1 END) AS snapshotCount, SUM(LENGTH(sha256)) AS hashes
       FROM Revision WHERE documentId = ?`,
    )
    .get(documentId) as { patches: number; snapshots: number; snapshotCount: number; hashes: number };
  db.close();
  return row;
}

async function rebuildTimes(o: Options, series: { id: string; texts: string[] }, target: number, label: string) {
  const random = rng(99);
  const times: number[] = [];
  const runs = o.quick ? 30 : 200;
  for (let i = 0; i < runs; i++) {
    // Any revision but the head, which is read in O(1) and would flatter the figure.
    const seq = Math.floor(random() * (series.texts.length - 1));
    const t0 = performance.now();
    const text = await getRevisionText({ tx: getDb(),  documentId: series.id, seq });
    times.push(performance.now() - t0);
    if (text !== series.texts[seq]) throw new Error(`rebuild of seq ${seq} is wrong`);
  }
  const p95 = quantile(times, 0.95);
  console.log(`  ${label.padStart(6)}: p50 ${ms(quantile(times, 0.5))}, p95 ${ms(p95)}  (target p95 ≤ ${target} ms: ${verdict(p95 <= target)})`);
}

/** Size of the pack git makes of the same texts as successive commits of one file. */
function gitPackSize(texts: string[]): { pack: number; blobs: number } | null {
  if (spawnSync("git", ["--version"]).status !== 0) return null;
  const repo = mkdtempSync(join(tmpdir(), "workbench-git-"));
  spawnSync("git", ["init", "-q", repo]);
  const chunks: Buffer[] = [];
  texts.forEach((text, i) => {
    const data = Buffer.from(text, "utf8");
    const msg = `r${i}`;
    // Without `from`, fast-import makes each commit a child of the branch's current tip.
    chunks.push(
      Buffer.from(`commit refs/heads/main\ncommitter bench <b@x> ${1700000000 + i} +0000\ndata ${msg.length}\n${msg}\n`),
      Buffer.from(`M 100644 inline doc.txt\ndata ${data.length}\n`),
      data,
      Buffer.from("\n"),
    );
  });
  const stream = join(repo, "stream");
  writeFileSync(stream, Buffer.concat(chunks));
  const fi = spawnSync("sh", ["-c", `git -C "${repo}" fast-import --quiet < "${stream}"`]);
  if (fi.status !== 0) throw new Error(`git fast-import failed: ${fi.stderr}`);
  spawnSync("git", ["-C", repo, "gc", "--aggressive", "--prune=now", "-q"]);
  const packDir = join(repo, ".git", "objects", "pack");
  const pack = readdirSync(packDir).find((f) => f.endsWith(".pack"));
  if (!pack) throw new Error("git made no pack");
  const verify = spawnSync("git", ["-C", repo, "verify-pack", "-v", join(packDir, pack)], { encoding: "utf8", maxBuffer: 64 << 20 });
  // verify-pack -v lines: sha type size size-in-pack offset [depth base]
  const blobs = verify.stdout
    .split("\n")
    .map((l) => l.split(/\s+/))
    .filter((f) => f[1] === "blob")
    .reduce((n, f) => n + Number(f[3]), 0);
  return { pack: statSync(join(packDir, pack)).size, blobs };
}

/** Replaces one letter at a random position with another letter: a one-character correction. */
function oneCharFix(text: string, random: () => number): string {
  for (;;) {
    const at = Math.floor(random() * text.length);
    if (!/[a-z]/i.test(text[at])) continue;
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    if (letter === text[at]) continue;
    return text.slice(0, at) + letter + text.slice(at + 1);
  }
}

