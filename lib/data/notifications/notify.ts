import "server-only";
import type { DbTx } from "../../server/db";
import { sendJob } from "../../server/jobs/jobs";
import { digestHour, smtpConfigured } from "../../server/mail/mailer";
import { emailChoices, nextDigestAt, type NotificationKind } from "../../team/notification-kinds";

interface Notice {
  tx: DbTx;
  userIds: readonly string[];
  kind: NotificationKind;
  text: string;
  link: string;
  /** Who did it: never told of their own act. */
  actorId?: string | null;
  now?: Date;
}

/**
 * Tells people of something, in the same transaction as the thing itself: one inbox row each
 * (disabled accounts and the actor left out), and their e-mail as they chose it: an immediate
 * e-mail job, or their next daily digest scheduled if none is. Answers whom it told, so that the
 * caller can announce it on the live stream once the transaction has committed.
 */
export async function notify({ tx, userIds, kind, text, link, actorId, now = new Date() }: Notice): Promise<string[]> {
  const ids = [...new Set(userIds)].filter((id) => id !== actorId);
  if (ids.length === 0) return [];
  const people = await tx.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { id: true, email: true, emailSettings: true, digestDueAt: true } });
  if (people.length === 0) return [];
  await tx.notification.createMany({ data: people.map((p) => ({ userId: p.id, kind, text: text.slice(0, 500), link, createdAt: now })) });
  if (smtpConfigured()) {
    for (const p of people) {
      if (!p.email) continue;
      const choice = emailChoices(p.emailSettings)[kind];
      if (choice === "immediate") await sendJob("email", { userId: p.id, digest: false }, { tx });
      if (choice === "daily" && !p.digestDueAt) {
        const at = nextDigestAt(now, digestHour());
        await tx.user.update({ where: { id: p.id }, data: { digestDueAt: at } });
        await sendJob("email", { userId: p.id, digest: true }, { tx, startAfter: at });
      }
    }
  }
  return people.map((p) => p.id);
}
