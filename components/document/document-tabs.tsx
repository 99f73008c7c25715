"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Edit / History tabs of a document, marking the current one. */
export function DocumentTabs({ id }: { id: string }) {
  const path = usePathname();
  const tabs = [
    { href: `/documents/${id}`, label: "Edit", current: path === `/documents/${id}` },
    { href: `/documents/${id}/history`, label: "History", current: path.startsWith(`/documents/${id}/history`) || path.includes("/revisions/") },
  ];
  return (
    <nav className="tabs" aria-label="Document">
      {tabs.map((t) => (
        <Link key={t.href} href={t.href} className={t.current ? "tab tab--current" : "tab"} aria-current={t.current ? "page" : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
