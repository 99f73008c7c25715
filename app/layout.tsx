import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/account/user-menu";
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/http/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OCR Workbench", template: "%s · OCR Workbench" },
  description: "Correct, annotate and review raw OCR of archival typescripts.",
};

// The header shows links by role only; each page checks access itself on the server.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="site-header__brand">OCR Workbench</Link>
          {user && (
            <nav className="site-header__nav" aria-label="Main">
              <Link href="/">Documents</Link>
              <Link href="/review">Review queue</Link>
              {can(user.role, "document.import") && <Link href="/import">Import</Link>}
              <Link href="/entities">Entities</Link>
              {can(user.role, "admin") && <Link href="/admin/users">Users</Link>}
              {can(user.role, "admin") && <Link href="/admin/deleted">Deleted</Link>}
            </nav>
          )}
          {user && <UserMenu user={user} />}
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
