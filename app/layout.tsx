import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/account/user-menu";
import { SiteNav } from "@/components/ui/site-nav";
import { SlashToSearch } from "@/components/ui/slash-to-search";
import { countUnread } from "@/lib/data/notifications/list-notifications";
import { countReviewNews } from "@/lib/data/proposals/count-review-news";
import type { UserRef } from "@/lib/data/users/users";
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/server/http/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OCR Workbench", template: "%s · OCR Workbench" },
  description: "Correct, annotate and review raw OCR of archival typescripts.",
};

/** The header's links for a role; each page still checks access itself on the server. */
function linksFor(role: string) {
  return [
    { href: "/", label: "Documents" },
    ...(can(role, "proposal.create") ? [{ href: "/work", label: "My work" }] : []),
    { href: "/search", label: "Search" },
    { href: "/dashboard", label: "Dashboard" },
    ...(can(role, "proposal.create") ? [{ href: "/review", label: "Review queue" }] : []),
    ...(can(role, "document.import") ? [{ href: "/import", label: "Import" }] : []),
    { href: "/entities", label: "Entities" },
    ...(can(role, "admin") ? [{ href: "/admin/users", label: "Users" }, { href: "/admin/jobs", label: "Jobs" }, { href: "/admin/deleted", label: "Deleted" }] : []),
  ];
}

/** Proposals waiting for this reviewer, or decisions on this corrector's proposals they have not seen. */
async function reviewBadge(user: UserRef) {
  const { waiting, unseenDecisions } = await countReviewNews({ user });
  const n = can(user.role, "proposal.review") ? waiting : unseenDecisions;
  if (!n) return null;
  const what = can(user.role, "proposal.review") ? `${n} proposal${n === 1 ? "" : "s"} waiting for you` : `${n} new decision${n === 1 ? "" : "s"} on your proposals`;
  return <span className="badge badge--count" title={what}><span aria-hidden="true">{n}</span><span className="visually-hidden">: {what}</span></span>;
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="site-header__brand">OCR Workbench</Link>
          {user && <SiteNav links={linksFor(user.role)} user={<UserMenu user={user} unread={await countUnread({ userId: user.id })} />} badge={await reviewBadge(user)} />}
        </header>
        <main className="site-main">{children}</main>
        {user && <SlashToSearch />}
      </body>
    </html>
  );
}
