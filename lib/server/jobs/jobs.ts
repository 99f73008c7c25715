import "server-only";
import { databaseUrlOf, getDb, type Db, type DbTx } from "../db";
import { dialectOf } from "../db/dialect";
import { JOB_KINDS, type JobData, type JobKind } from "./job-kinds";
import { createPgBossQueue } from "./pg-boss-queue";
import type { JobQueue } from "./queue";
import { createSqliteQueue } from "./sqlite-queue";

const state = globalThis as unknown as { workbenchJobs?: { queue: JobQueue; started: Promise<void> } };

/**
 * The process's job engine, started on first use: pg-boss on PostgreSQL, its SQLite adapter on
 * SQLite. Sending starts it too, so a script or test that sends a job needs nothing else; only
 * `workJobs` (lib/data/jobs) makes a process run them.
 */
export async function getJobQueue(): Promise<JobQueue> {
  if (!state.workbenchJobs) {
    const queue = createJobQueue(getDb());
    state.workbenchJobs = { queue, started: queue.start() };
  }
  await state.workbenchJobs.started;
  return state.workbenchJobs.queue;
}

/** A job engine over `db`, not yet started: pg-boss on PostgreSQL, its SQLite adapter on SQLite. */
export function createJobQueue(db: Db): JobQueue {
  const url = databaseUrlOf(db);
  return dialectOf(url) === "postgresql" ? createPgBossQueue(db, url) : createSqliteQueue(db);
}

/** Stops this process's engine (tests, and scripts that end). */
export async function stopJobQueue(): Promise<void> {
  const running = state.workbenchJobs;
  state.workbenchJobs = undefined;
  if (running) await running.started.then(() => running.queue.stop());
}

/**
 * Sends a job of one kind with that kind's retry and expiry; in `tx` it is stored with the
 * transaction's work or not at all. WORKBENCH_JOB_EXPIRE_SECONDS caps every kind's expiry.
 */
export async function sendJob<K extends JobKind>(kind: K, data: JobData[K], options: { tx?: DbTx; startAfter?: Date } = {}): Promise<string> {
  const { title: _title, ...sendOptions } = JOB_KINDS[kind];
  const cap = Number(process.env.WORKBENCH_JOB_EXPIRE_SECONDS);
  const expireInSeconds = cap > 0 ? Math.min(cap, sendOptions.expireInSeconds) : sendOptions.expireInSeconds;
  return (await getJobQueue()).send(kind, data, { ...sendOptions, expireInSeconds, ...options });
}
