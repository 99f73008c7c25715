/** One person's part in a collection's work. */
export interface PersonProgress {
  userId: string;
  name: string;
  /** Documents assigned to them, by where each stands. */
  assigned: { total: number; notStarted: number; inProgress: number; done: number; overdue: number };
  /** Revisions credited to them (their saves, and their proposals once approved). */
  revisions: number;
  /** Their proposals waiting for a reviewer. */
  waiting: number;
}
