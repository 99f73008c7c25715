import type { Metadata } from "next";
import Link from "next/link";
import { AuthorBadge } from "@/components/ui/author-badge";
import { readAuthorCookie } from "@/lib/http/author";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OCR Workbench", template: "%s · OCR Workbench" },
  description: "Correct, annotate and review raw OCR of archival typescripts.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const author = await readAuthorCookie();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="site-header__brand">OCR Workbench</Link>
          <nav className="site-header__nav" aria-label="Main">
            <Link href="/">Documents</Link>
            <Link href="/import">Import</Link>
            <Link href="/entities">Entities</Link>
          </nav>
          <AuthorBadge name={author} />
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
