import "server-only";
import PgBoss from "pg-boss";
import type { Db, DbTx } from "../db";
import type { JobRecord, JobState } from "./job-shape";
import type { JobHandler, JobQueue } from "./queue";
import { STOP_WAIT_MS } from "./sqlite-queue";

/** pg-boss keeps its tables in this schema of the app's own database, and migrates them itself. */
const SCHEMA = "pgboss";

const COLUMNS = `SELECT id, name, data, state::text, retry_count AS "retryCount", retry_limit AS "retryLimit", created_on AS "createdOn",
  started_on AS "startedOn", completed_on AS "completedOn", output`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The job engine on PostgreSQL: pg-boss itself. Jobs sent with a transaction are written through
 * that transaction (pg-boss's `db` option), so they commit or roll back with the work's record.
 */
export function createPgBossQueue(db: Db, connectionString: string): JobQueue {
  const boss = new PgBoss({
    connectionString, schema: SCHEMA, max: 4, application_name: "ocr-workbench jobs",
    // Runs that outlived their expiry are failed (so retried) at each supervision.
    maintenanceIntervalSeconds: 5,
    archiveCompletedAfterSeconds: 7 * 86_400,
  } as PgBoss.ConstructorOptions);
  boss.on("error", (e) => console.error(`Jobs: ${e.message}`));
  const workers = new Map<string, string>();
  const queues = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (queues.has(name)) return;
    await boss.createQueue(name);
    queues.add(name);
  };
  const select = (where: string, values: unknown[], more = "") =>
    db.$queryRawUnsafe<PgBoss.JobWithMetadata<unknown>[]>(`${COLUMNS} FROM ${SCHEMA}.job ${where} ${more}`, ...values);
  const through = (tx: DbTx): PgBoss.Db => ({
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  });
  return {
    async start() {
      await boss.start();
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: STOP_WAIT_MS });
    },
    async send(name, data, { tx, ...options }) {
      await ensureQueue(name);
      const id = await boss.send(name, data, { ...options, ...(tx ? { db: through(tx) } : {}) });
      if (!id) throw new Error(`pg-boss refused a job of kind ${name}`);
      if (!tx) this.nudge(name);
      return id;
    },
    async work(name, { pollSeconds }, handler: JobHandler) {
      await ensureQueue(name);
      let id = "";
      id = await boss.work(name, { pollingIntervalSeconds: pollSeconds, batchSize: 1, includeMetadata: true }, async ([job]) => {
        try {
          if (job) await handler(toRecord(job));
        } finally {
          // pg-boss 10 waits a whole polling interval after every job; while jobs wait, the
          // next is fetched at once (measured: 2 jobs/s without this, at a 0.5 s interval).
          boss.notifyWorker(id);
        }
      });
      workers.set(name, id);
    },
    nudge(name) {
      const id = workers.get(name);
      if (id) boss.notifyWorker(id);
    },
    async cancel(name, id) {
      await boss.cancel(name, id);
    },
    async retry(name, id) {
      await boss.retry(name, id);
      await boss.resume(name, id);
      this.nudge(name);
    },
    async get(id) {
      if (!UUID.test(id)) return null;
      const [row] = await select(`WHERE id = $1::uuid`, [id], `UNION ALL ${COLUMNS} FROM ${SCHEMA}.archive WHERE id = $1::uuid LIMIT 1`);
      return row ? toRecord(row) : null;
    },
    async list({ states, names, limit }) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (states?.length) values.push(states), where.push(`state::text = ANY($${values.length}::text[])`);
      if (names?.length) values.push(names), where.push(`name = ANY($${values.length}::text[])`);
      values.push(limit);
      const rows = await select(`${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_on DESC, id LIMIT $${values.length}`, values);
      return rows.map(toRecord);
    },
  };
}

function toRecord(job: Pick<PgBoss.JobWithMetadata<unknown>, "id" | "name" | "data" | "state" | "retryCount" | "retryLimit" | "createdOn" | "startedOn" | "completedOn" | "output">): JobRecord {
  return {
    id: job.id, name: job.name, data: job.data, state: job.state as JobState, retryCount: Number(job.retryCount), retryLimit: Number(job.retryLimit),
    createdOn: new Date(job.createdOn), startedOn: job.startedOn ? new Date(job.startedOn) : null,
    completedOn: job.completedOn ? new Date(job.completedOn) : null, output: job.output ?? null,
  };
}
