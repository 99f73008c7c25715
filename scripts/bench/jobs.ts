// Issue 24: the job engine, measured on this machine: pg-boss on PostgreSQL (when
// TEST_DATABASE_URL names a server) and its SQLite adapter, side by side. Sidequest, the other
// engine the issue names, cannot run here; the bench says why rather than printing nothing.
import { createDb } from "../../lib/server/db";
import { newPostgresDatabase, TEMP_DATABASE_PREFIX } from "../../test/temp-db";
import { createPgBossQueue } from "../../lib/server/jobs/pg-boss-queue";
import { createSqliteQueue } from "../../lib/server/jobs/sqlite-queue";
import type { JobQueue } from "../../lib/server/jobs/queue";
import { median } from "./statistics";

const OPTIONS = { retryLimit: 1, retryDelay: 1, retryBackoff: false, expireInSeconds: 60 };
const SENDS = 500;
const RUNS = 300;
const LATENCIES = 20;

interface Engine {
  name: string;
  open(): Promise<JobQueue>;
}

export async function benchJobs({ sqliteUrl, postgresServer }: { sqliteUrl: string; postgresServer?: string }) {
  console.log("\nThe job engine (issue 24), no-op jobs, one worker per process:");
  const engines: Engine[] = [{ name: "SQLite adapter", open: async () => createSqliteQueue(createDb(sqliteUrl)) }];
  if (postgresServer) {
    const url = await newPostgresDatabase(postgresServer, `${TEMP_DATABASE_PREFIX}bench_jobs`);
    engines.push({ name: "pg-boss 10 (PostgreSQL)", open: async () => createPgBossQueue(createDb(url), url) });
  } else {
    console.log("  pg-boss: set TEST_DATABASE_URL to measure it on a PostgreSQL server");
  }
  for (const engine of engines) {
    const [sender, worker] = [await engine.open(), await engine.open()];
    await Promise.all([sender.start(), worker.start()]);
    const kind = `bench-${Date.now()}`;
    let t0 = performance.now();
    for (let i = 0; i < SENDS; i++) await sender.send(`${kind}-send`, { i }, OPTIONS);
    const sendRate = SENDS / ((performance.now() - t0) / 1000);

    // Throughput: RUNS jobs waiting, then one worker runs them all.
    for (let i = 0; i < RUNS; i++) await sender.send(`${kind}-run`, { i }, OPTIONS);
    let done = 0;
    t0 = performance.now();
    await new Promise<void>((resolve) => void worker.work(`${kind}-run`, { pollSeconds: 0.5 }, async () => void (++done === RUNS && resolve())));
    const runRate = RUNS / ((performance.now() - t0) / 1000);

    // Latency from send to start: sent by the worker's own process (which wakes its worker), and
    // by another process (the worker finds it at its next poll, every 2 s as the app polls).
    const latencies = async (from: JobQueue, name: string) => {
      const seen: number[] = [];
      await worker.work(name, { pollSeconds: 2 }, async (job) => void seen.push(Date.now() - (job.data as { at: number }).at));
      for (let i = 0; i < LATENCIES; i++) {
        await from.send(name, { at: Date.now() }, OPTIONS);
        await new Promise((r) => setTimeout(r, 150 + ((i * 37) % 200)));
      }
      while (seen.length < LATENCIES) await new Promise((r) => setTimeout(r, 100));
      return median(seen);
    };
    const same = await latencies(worker, `${kind}-same`);
    const other = await latencies(sender, `${kind}-other`);
    console.log(
      `  ${engine.name.padEnd(24)} send ${Math.round(sendRate)} jobs/s; run ${Math.round(runRate)} jobs/s; ` +
        `send to start, median: ${same} ms from the worker's process, ${other} ms from another`,
    );
    await Promise.all([sender.stop(), worker.stop()]);
  }
  console.log(
    "  Sidequest: not measurable here: every version needs Node.js ≥ 22.6 (this machine has " + process.version + "), and " +
      "@sidequest/sqlite-backend 1.16.5, the only version the registry has, needs @sidequest/core 1.16.5, which it does not have.",
  );
  console.log("  A run whose process died is taken up after its kind's expiry (60 s to 10 min; scripts/kill-during-jobs.integration.test.ts, at 10 s).");
}
