/** What a person is told of, in the inbox and, as they choose, by e-mail. */
export const NOTIFICATION_KINDS = ["assigned", "mention", "decided", "review", "comment"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const KIND_LABELS: Record<NotificationKind, string> = {
  assigned: "Documents assigned to you",
  mention: "You are mentioned in a comment",
  decided: "Your proposal is approved or rejected",
  review: "A proposal or a replacement waits for review",
  comment: "A comment on a document you follow",
};

export const EMAIL_CHOICES = ["immediate", "daily", "none"] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];

/**
 * What a person gets by e-mail until they choose: what is addressed to them at once, what
 * concerns many (work waiting for any reviewer, comments on followed documents) once a day.
 */
export const DEFAULT_EMAIL: Record<NotificationKind, EmailChoice> = { assigned: "immediate", mention: "immediate", decided: "immediate", review: "daily", comment: "daily" };

const isChoice = (v: unknown): v is EmailChoice => typeof v === "string" && (EMAIL_CHOICES as readonly string[]).includes(v);

/** A person's choices, from what is stored (anything unknown or missing takes the default). */
export function emailChoices(stored: unknown): Record<NotificationKind, EmailChoice> {
  const given = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, isChoice(given[k]) ? given[k] : DEFAULT_EMAIL[k]])) as Record<NotificationKind, EmailChoice>;
}

/** The hour (UTC) at which daily digests go out, unless WORKBENCH_DIGEST_HOUR says another. */
export const DEFAULT_DIGEST_HOUR = 7;

/** The next digest time strictly after `now`: today's hour if it is still to come, else tomorrow's. */
export function nextDigestAt(now: Date, hourUtc = DEFAULT_DIGEST_HOUR): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}
