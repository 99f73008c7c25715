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

/** A job as the Jobs page and GET /api/jobs show it. */
export interface JobView {
  id: string;
  kind: string;
  /** What the job works on, in words ("OCR of Memo 12, 3 of 5 pages"). */
  label: string;
  /** Where to see the work itself, when there is a page for it. */
  href: string | null;
  state: JobState;
  /** 0–1 where the work knows it, else null. */
  progress: number | null;
  attempts: number;
  retryLimit: number;
  lastError: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const errorOf = (output: unknown): string | null =>
  output && typeof output === "object" && "message" in output && typeof output.message === "string" ? output.message : null;
