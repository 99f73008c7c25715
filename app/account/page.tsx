import type { Metadata } from "next";
import { TokenManager } from "@/components/account/token-manager";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listApiTokens } from "@/lib/data/users/api-tokens";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const tokens = await listApiTokens({ userId: user.id });
  return (
    <>
      <div className="page-head">
        <h1>{user.displayName}</h1>
        <span className="muted"><code>{user.username}</code> · {ROLE_LABELS[user.role]}</span>
      </div>
      <h2>API tokens</h2>
      <TokenManager tokens={tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null }))} />
    </>
  );
}
