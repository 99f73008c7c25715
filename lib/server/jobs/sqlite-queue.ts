import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import type { JobRecord, JobState } from "./job-shape";
import type { JobHandler, JobQueue } from "./queue";

/**
 * pg-boss's behaviour on SQLite, which pg-boss does not run on: the same states, retries with
 * backoff, expiry of a run whose process died, cancel and retry, in the table `job`
 * (prisma/schema.prisma). A job is claimed by one UPDATE … RETURNING, which SQLite runs alone, so
 * two processes on one file never take the same job.
 */
export function createSqliteQueue(db: Db, clock: { now(): number } = Date): JobQueue {
  const workers = new Map<string, { wake: () => void }>();
  let stopped = false;
  let maintenance: NodeJS.Timeout | null = null;
  const running = new Set<Promise<void>>();

  async function claim(name: string): Promise<JobRecord | null> {
    const now = clock.now();
    const rows = await db.$queryRawUnsafe<Row[]>(
      `UPDATE "job" SET "state" = 'active', "retry_count" = CASE WHEN "started_on" IS NULL THEN "retry_count" ELSE "retry_count" + 1 END, "started_on" = ?
       WHERE "id" = (SELECT "id" FROM "job" WHERE "name" = ? AND "state" IN ('created', 'retry') AND "start_after" <= ? ORDER BY "created_on", "id" LIMIT 1)
         AND "state" IN ('created', 'retry')
       RETURNING *`,
      now, name, now,
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async function finish(id: string, error: Error | null) {
    const now = clock.now();
    if (!error) {
      await db.$executeRawUnsafe(`UPDATE "job" SET "state" = 'completed', "completed_on" = ?, "output" = NULL WHERE "id" = ? AND "state" = 'active'`, now, id);
      return;
    }
    await failWhere(`"id" = ? AND "state" = 'active'`, [id], error.message, now);
  }

  /** A failed run waits retry_delay seconds (doubled per attempt with backoff), or fails for good. */
  async function failWhere(where: string, values: unknown[], message: string, now: number) {
    await db.$executeRawUnsafe(
      `UPDATE "job" SET
         "state" = CASE WHEN "retry_count" < "retry_limit" THEN 'retry' ELSE 'failed' END,
         "start_after" = ? + 1000 * "retry_delay" * (CASE WHEN "retry_backoff" = 1 THEN (1 << "retry_count") ELSE 1 END),
         "completed_on" = CASE WHEN "retry_count" < "retry_limit" THEN NULL ELSE ? END,
         "output" = ?
       WHERE ${where}`,
      now, now, JSON.stringify({ message }), ...values,
    );
  }

  /** Runs that outlived their expiry lost their process (or hung): they fail, and so retry. */
  async function expire() {
    const now = clock.now();
    await failWhere(`"state" = 'active' AND "started_on" + 1000 * "expire_in_seconds" < ?`, [now], "The run outlived its expiry: its process stopped, or the work hung", now);
    // Kept a week for the Jobs page, as pg-boss archives and deletes its own.
    await db.$executeRawUnsafe(`DELETE FROM "job" WHERE "state" IN ('completed', 'cancelled', 'failed') AND "completed_on" < ?`, now - 7 * 86_400_000);
  }

  return {
    async start() {
      stopped = false;
      // Not awaited: a job may be sent inside a transaction, which holds SQLite's one connection.
      const check = () => void expire().catch((e) => console.error(`Job maintenance: ${(e as Error).message}`));
      setImmediate(check);
      maintenance = setInterval(check, EXPIRE_CHECK_MS);
      maintenance.unref();
    },
    async stop() {
      stopped = true;
      if (maintenance) clearInterval(maintenance);
      for (const w of workers.values()) w.wake();
      workers.clear();
      // As pg-boss: runs in progress get a few seconds; one still going then is left to expire.
      await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
    },
    async send(name, data, options) {
      const id = randomUUID();
      const now = clock.now();
      await (options.tx ?? db).$executeRawUnsafe(
        `INSERT INTO "job" ("id", "name", "data", "state", "retry_limit", "retry_delay", "retry_backoff", "expire_in_seconds", "start_after", "created_on")
         VALUES (?, ?, ?, 'created', ?, ?, ?, ?, ?, ?)`,
        id, name, JSON.stringify(data), options.retryLimit, options.retryDelay, options.retryBackoff ? 1 : 0, options.expireInSeconds, options.startAfter?.getTime() ?? now, now,
      );
      if (!options.tx) workers.get(name)?.wake();
      return id;
    },
    async work(name, { pollSeconds }, handler: JobHandler) {
      let wake = () => {};
      workers.set(name, { wake: () => wake() });
      const loop = (async () => {
        while (!stopped) {
          const job = await claim(name).catch((e) => (console.error(`Jobs ${name}: ${(e as Error).message}`), null));
          if (job) {
            let error: Error | null = null;
            try {
              await handler(job);
            } catch (e) {
              error = e instanceof Error ? e : new Error(String(e));
            }
            await finish(job.id, error).catch((e) => console.error(`Job ${job.id}: ${(e as Error).message}`));
            continue;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollSeconds * 1000);
            wake = () => (clearTimeout(timer), resolve());
          });
        }
      })();
      running.add(loop);
      void loop.finally(() => running.delete(loop));
    },
    nudge(name) {
      workers.get(name)?.wake();
    },
    async cancel(name, id) {
      await db.$executeRawUnsafe(`UPDATE "job" SET "state" = 'cancelled', "completed_on" = ? WHERE "name" = ? AND "id" = ? AND "state" IN ('created', 'retry', 'active')`, clock.now(), name, id);
    },
    async retry(name, id) {
      // As pg-boss: a failed job gets one more attempt; a cancelled one starts again.
      await db.$executeRawUnsafe(
        `UPDATE "job" SET "state" = CASE WHEN "state" = 'failed' THEN 'retry' ELSE 'created' END, "retry_limit" = "retry_limit" + CASE WHEN "state" = 'failed' THEN 1 ELSE 0 END,
           "start_after" = ?, "completed_on" = NULL WHERE "name" = ? AND "id" = ? AND "state" IN ('failed', 'cancelled')`,
        clock.now(), name, id,
      );
      workers.get(name)?.wake();
    },
    async get(id) {
      const rows = await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "job" WHERE "id" = ?`, id);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async list({ states, names, limit }) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (states?.length) where.push(`"state" IN (${states.map(() => "?").join(", ")})`), values.push(...states);
      if (names?.length) where.push(`"name" IN (${names.map(() => "?").join(", ")})`), values.push(...names);
      const rows = await db.$queryRawUnsafe<Row[]>(
        `SELECT * FROM "job" ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY "created_on" DESC, "id" LIMIT ?`,
        ...values, limit,
      );
      return rows.map(toRecord);
    },
  };
}

/** How long stopping waits for runs in progress. */
export const STOP_WAIT_MS = 5_000;

/** How often runs are checked for expiry; a lost run is taken up again within its expiry and this. */
const EXPIRE_CHECK_MS = 5_000;

interface Row {
  id: string;
  name: string;
  data: string;
  state: string;
  retry_limit: number | bigint;
  retry_count: number | bigint;
  created_on: number | bigint;
  started_on: number | bigint | null;
  completed_on: number | bigint | null;
  output: string | null;
}

const dateOf = (ms: number | bigint | null) => (ms === null ? null : new Date(Number(ms)));

function toRecord(row: Row): JobRecord {
  return {
    id: row.id, name: row.name, data: JSON.parse(row.data) as unknown, state: row.state as JobState,
    retryCount: Number(row.retry_count), retryLimit: Number(row.retry_limit),
    createdOn: dateOf(row.created_on)!, startedOn: dateOf(row.started_on), completedOn: dateOf(row.completed_on),
    output: row.output === null ? null : (JSON.parse(row.output) as unknown),
  };
}

