import "server-only";
import { z } from "zod";
import { getDb } from "../../server/db";
import { EMAIL_CHOICES, NOTIFICATION_KINDS } from "../../team/notification-kinds";

/** The account page's e-mail form: an address (or none) and, per kind, immediate, daily or none. */
export const emailSettingsSchema = z.object({
  email: z.union([z.literal(""), z.string().trim().email("That is not an e-mail address").max(254)]).nullish(),
  choices: z.record(z.enum(NOTIFICATION_KINDS), z.enum(EMAIL_CHOICES)),
});

/** Stores where and how a person is e-mailed. */
export async function setEmailSettings({ userId, input }: { userId: string; input: z.input<typeof emailSettingsSchema> }) {
  const { email, choices } = emailSettingsSchema.parse(input);
  await getDb().user.update({ where: { id: userId }, data: { email: email || null, emailSettings: choices } });
  return { email: email || null, choices };
}
