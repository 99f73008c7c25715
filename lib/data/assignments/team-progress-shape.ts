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
  /** Documents they double keyed and a reviewer decided: how alike their keying read to the other's, and where the two differed, how often theirs was kept. */
  keying: { documents: number; agreement: number; kept: number | null } | null;
}
