import type { DbTx } from "../db";
import type { JobRecord, JobState, SendOptions } from "./job-shape";

export type JobHandler = (job: JobRecord) => Promise<void>;

/**
 * What the app asks of a job engine: pg-boss's own interface, narrowed to what is used, so that
 * PostgreSQL runs pg-boss itself and SQLite a small adapter of the same behaviour
 * (lib/server/jobs/sqlite-queue.ts). A job is sent in the caller's transaction where one is given, so
 * that work and the record that asks for it are stored together or not at all.
 */
export interface JobQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
  send(name: string, data: object, options: SendOptions & { tx?: DbTx }): Promise<string>;
  /** Runs this kind's jobs in this process, one at a time, polling every `pollSeconds`. */
  work(name: string, options: { pollSeconds: number }, handler: JobHandler): Promise<void>;
  /** Wakes this process's worker for `name` now rather than at its next poll. */
  nudge(name: string): void;
  cancel(name: string, id: string): Promise<void>;
  /** A failed or cancelled job runs again. */
  retry(name: string, id: string): Promise<void>;
  get(id: string): Promise<JobRecord | null>;
  /** Newest first. */
  list(options: { states?: readonly JobState[]; names?: readonly string[]; limit: number }): Promise<JobRecord[]>;
}
