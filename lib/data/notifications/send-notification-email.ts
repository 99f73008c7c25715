import "server-only";
import { getDb } from "../../server/db";
import { publicUrl, sendMail, smtpConfigured } from "../../server/mail/mailer";
import { emailChoices, KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "../../team/notification-kinds";

/** One e-mail holds at most this many; more wait for the next. */
const MAX_PER_EMAIL = 100;

/**
 * The e-mail job: sends a person their unread notifications not yet e-mailed, of the kinds they
 * want at once (or, for the digest, once a day), as one message, and marks them e-mailed. Run
 * again, it finds nothing left to send. Nothing goes to a disabled account, one without an
 * address, or when the server has no SMTP.
 */
export async function sendNotificationEmail({ userId, digest }: { userId: string; digest: boolean }): Promise<void> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailSettings: true, disabledAt: true, displayName: true } });
  if (!user) return;
  // The digest that runs makes room for the next: a later daily notification schedules it.
  if (digest) await db.user.update({ where: { id: userId }, data: { digestDueAt: null } });
  const choices = emailChoices(user.emailSettings);
  const kinds = NOTIFICATION_KINDS.filter((k) => choices[k] === (digest ? "daily" : "immediate"));
  if (!user.email || user.disabledAt || !smtpConfigured() || kinds.length === 0) return;
  const pending = await db.notification.findMany({
    where: { userId, emailedAt: null, readAt: null, kind: { in: kinds } },
    orderBy: { createdAt: "asc" },
    take: MAX_PER_EMAIL,
    select: { id: true, kind: true, text: true, link: true },
  });
  if (pending.length === 0) return;
  await sendMail({ to: user.email, ...composeEmail({ name: user.displayName, digest, items: pending.map((n) => ({ ...n, kind: n.kind as NotificationKind })) }) });
  await db.notification.updateMany({ where: { id: { in: pending.map((n) => n.id) }, emailedAt: null }, data: { emailedAt: new Date() } });
}

/** The message: one notification as its own subject; several grouped by kind, with links. */
export function composeEmail({ name, digest, items }: { name: string; digest: boolean; items: { kind: NotificationKind; text: string; link: string }[] }) {
  const base = publicUrl();
  const subject = digest ? `Your day in the OCR Workbench: ${items.length} notification${items.length === 1 ? "" : "s"}` : items.length === 1 ? items[0].text.slice(0, 150) : `${items.length} notifications from the OCR Workbench`;
  const groups = NOTIFICATION_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) })).filter((g) => g.items.length > 0);
  const text = [
    `Hello ${name},`,
    "",
    ...groups.flatMap((g) => [`${KIND_LABELS[g.kind]}:`, ...g.items.map((i) => `- ${i.text}\n  ${base}${i.link}`), ""]),
    "Choose what you are sent, and how often, on your account page in the workbench.",
  ].join("\n");
  return { subject, text };
}
