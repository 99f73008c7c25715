// npm run migrate:db -- --from file:./data/workbench.db --to postgresql://…
// Copies a whole workbench database into a new, empty one (SQLite to PostgreSQL, or back):
// users, documents, revisions, annotations, proposals, changesets, audit, pages and OCR jobs,
// and the background jobs still to run, sent to the target's job engine.
// Resumable: run it again after an interruption and it goes on where it stopped. Then it checks
// its work: row counts and hashes of every table on both sides, and npm run fsck on the target,
// which replays every revision chain. Stop the app first (or copy from a backup): rows written
// to the source during the copy may be missed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { dialectOf } from "../lib/server/db/dialect";
import { databaseFile, databaseName, migrateDatabase } from "./lib/cli";
import { imageDir } from "../lib/server/storage/image-store";

const USAGE = "usage: npm run migrate:db -- --from file:./data/workbench.db --to postgresql://user@host/database";
const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (values.help || !values.from || !values.to) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const { from, to } = values as { from: string; to: string };
try {
  dialectOf(from);
  dialectOf(to);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(2);
}
if (dialectOf(from) === "sqlite" && !existsSync(databaseFile(from))) {
  console.error(`✗ There is no database at ${databaseFile(from)}`);
  process.exit(2);
}
if (from === to) {
  console.error("✗ --from and --to name the same database");
  process.exit(2);
}

const started = Date.now();
// Both at the current schema: the source as npm start would leave it, the target new.
for (const url of [from, to]) {
  process.env.DATABASE_URL = url;
  await migrateDatabase({ quiet: true });
}
// The page images stay where the source keeps them; the target's checks look there too.
const images = imageDir(from);
const { createDb } = await import("../lib/server/db");
const { copyDatabase, finishCopy, tableDigests, NOT_COPIED } = await import("./lib/copy-database");
const { carryOpenJobs } = await import("./lib/carry-jobs");
const source = createDb(from);
const target = createDb(to);
console.log(`Copying ${databaseName(from)} → ${databaseName(to)}`);
try {
  let shown = 0;
  await copyDatabase({
    from: source,
    to: target,
    onProgress: (model, done, total) => {
      if (done === total || Date.now() - shown > 1000) {
        shown = Date.now();
        process.stdout.write(`\r  ${model}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")}${done === total ? "\n" : ""}`);
      }
    },
  });
  console.log(`Copied in ${((Date.now() - started) / 1000).toFixed(1)} s (not copied: ${NOT_COPIED.join(", ")}, which only counts failed sign-ins for 15 minutes). Verifying…`);

  const [a, b] = await Promise.all([tableDigests(source), tableDigests(target)]);
  const differ = [...a].filter(([model, d]) => b.get(model)?.rows !== d.rows || b.get(model)?.sha256 !== d.sha256);
  for (const [model, d] of a) console.log(`  ${differ.some(([m]) => m === model) ? "FAIL" : "ok  "} ${model}: ${d.rows.toLocaleString("en")} rows${d.rows === b.get(model)?.rows ? "" : ` (target has ${b.get(model)?.rows})`}, sha256 ${d.sha256.slice(0, 12)}…`);
  if (differ.length) throw new Error(`${differ.length} table(s) differ between source and target: run the copy into a new, empty database`);

  const env = { ...process.env, DATABASE_URL: to, WORKBENCH_IMAGE_DIR: images };
  const step = (script: string) => spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}.ts`], { env, stdio: "inherit" }).status;
  if (step("reindex") !== 0) throw new Error("Rebuilding the search index on the target failed");
  if (step("fsck") !== 0) throw new Error("npm run fsck found problems on the target (above)");
  const jobs = await carryOpenJobs({ from: source, to: target });
  console.log(`Open background jobs: ${jobs.carried} sent to the target's engine${jobs.alreadyThere ? `, ${jobs.alreadyThere} already there` : ""}`);
  await finishCopy(target);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: the target holds the same rows, and every revision chain replays. Set DATABASE_URL=${databaseName(to)}${process.env.WORKBENCH_IMAGE_DIR ? "" : ` and WORKBENCH_IMAGE_DIR=${images}`} for the app.`);
} catch (e) {
  console.error(`\n✗ ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await Promise.all([source.$disconnect(), target.$disconnect()]);
}
