/**
 * The states of a job, as pg-boss names them (both engines use them): waiting to start
 * (created), waiting to run again after a failure (retry), running (active), and the three ends.
 */
export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** The states from which a job may still run. */
export const OPEN_STATES: readonly JobState[] = ["created", "retry", "active"];

export interface SendOptions {
  /** How many times a failed (or lost) run is tried again. */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  /**
   * How long one run may take before the job is taken as lost (its process died) and tried
   * again. Jobs are cut in short runs (a page, a few dozen documents) so that this stays short.
   */
  expireInSeconds: number;
  /** Not before this moment. */
  startAfter?: Date;
}

/** A job as the engines store it. */
export interface JobRecord<T = unknown> {
  id: string;
  name: string;
  data: T;
  state: JobState;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** What the last run answered: for a failure, `{ message }`. */
  output: unknown;
}

/** A job's status as the API names it (API-CONTRACT.md): the engine's states, in words. */
export const JOB_STATUSES = ["waiting", "running", "done", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

const STATUS_OF: Record<JobState, JobStatus> = { created: "waiting", retry: "waiting", active: "running", completed: "done", failed: "failed", cancelled: "cancelled" };
export const statusOf = (state: JobState): JobStatus => STATUS_OF[state];
export const statesOf = (status: JobStatus): JobState[] => JOB_STATES.filter((s) => STATUS_OF[s] === status);

/** A job as the Jobs page and GET /api/jobs show it. */
export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  /** What the job works on, in words ("OCR of Memo 12: 3 of 5 pages read"). */
  label: string;
  /** Where to see the work itself, when there is a page for it. */
  href: string | null;
  /** 0–1 where the work knows it, else null. */
  progress: number | null;
  /** Runs so far, the first included. */
  attempts: number;
  /** Runs it may have in all. */
  maxAttempts: number;
  /** The last run's error, while it waits to run again or once it failed. */
  error: string | null;
  documentIds?: string[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Whether the job may be cancelled from the Jobs page (an applying changeset is undone instead). */
  cancellable: boolean;
}

export const errorOf = (output: unknown): string | null =>
  output && typeof output === "object" && "message" in output && typeof output.message === "string" ? output.message : null;

/**
 * What makes runs the same piece of work: their kind and data. Keys are sorted, since PostgreSQL's
 * jsonb answers an object's keys in its own order, not the order they were sent in.
 */
export const workKey = (run: { name: string; data: unknown }): string =>
  `${run.name} ${JSON.stringify(run.data, (_, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v))}`;
