import type { Metadata } from "next";
import { TokenManager } from "@/components/account/token-manager";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listApiTokens } from "@/lib/data/users/api-tokens";
import { requirePageUser } from "@/lib/server/http/auth";
import { EmailSettings } from "@/components/account/email-settings";
import { getEmailSettings } from "@/lib/data/users/get-email-settings";
import { digestHour, smtpConfigured } from "@/lib/server/mail/mailer";
import { emailChoices } from "@/lib/team/notification-kinds";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const [tokens, mail] = await Promise.all([listApiTokens({ userId: user.id }), getEmailSettings({ userId: user.id })]);
  return (
    <>
      <div className="page-head">
        <h1>{user.displayName}</h1>
        <span className="muted"><code>{user.username}</code> · {ROLE_LABELS[user.role]}</span>
      </div>
      <h2>E-mail</h2>
      <EmailSettings email={mail.email} choices={emailChoices(mail.stored)} smtp={smtpConfigured()} digestHour={digestHour()} />
      <h2>API tokens</h2>
      <TokenManager tokens={tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null }))} />
    </>
  );
}
