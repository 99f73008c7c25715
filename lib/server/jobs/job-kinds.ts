import type { SendOptions } from "./job-shape";

/**
 * Every kind of background work, with how it retries and how long one run may take. Work is cut
 * into short runs that each send the next (an OCR job reads one page a run, a changeset applies
 * a few dozen documents), so that a run whose process died is taken up again soon, and each run
 * is idempotent (it finds what is left to do in the data), so that a run taken for lost while it
 * was in fact only slow does nothing twice.
 */
export const JOB_KINDS = {
  /** Reads the next unread page of an OCR job, or makes its document when none is left. */
  ocr: { title: "OCR", retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 600 },
  /** Reads the doubtful words of a document's next page again from its image (imported layers). */
  reread: { title: "Words read again", retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
  /** Applies, or undoes, the next few dozen documents of a changeset. */
  changeset: { title: "Changeset", retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  /** A revision's character and word error rates against the raw OCR. */
  "error-rates": { title: "Error rates", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  /** E-mails a person their notifications: at once, or as the day's digest. An SMTP server down for a while is waited out. */
  email: { title: "E-mail", retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
} as const satisfies Record<string, SendOptions & { title: string }>;

export type JobKind = keyof typeof JOB_KINDS;
export const JOB_KIND_NAMES = Object.keys(JOB_KINDS) as JobKind[];
export const isJobKind = (name: string): name is JobKind => Object.hasOwn(JOB_KINDS, name);

/** What each kind's job carries: the id of what it works on, never the work's data itself. */
export interface JobData {
  ocr: { ocrJobId: string };
  reread: { documentId: string; language: string };
  changeset: { changesetId: string };
  "error-rates": { documentId: string; seq: number };
  email: { userId: string; digest: boolean };
}
