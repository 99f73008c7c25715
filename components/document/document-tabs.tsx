"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Edit / Record / Releases / History / Proposals / Discussion / Activity / Export tabs of a document, marking the current one. */
export function DocumentTabs({ id, openProposals, openThreads, canEdit }: { id: string; openProposals: number; openThreads: number; canEdit: boolean }) {
  const path = usePathname();
  const tabs = [
    { href: `/documents/${id}`, label: canEdit ? "Edit" : "Read", current: path === `/documents/${id}` },
    { href: `/documents/${id}/record`, label: "Record", current: path.startsWith(`/documents/${id}/record`) },
    { href: `/documents/${id}/releases`, label: "Releases", current: path.startsWith(`/documents/${id}/releases`) },
    { href: `/documents/${id}/history`, label: "History", current: path.startsWith(`/documents/${id}/history`) || path.includes("/revisions/") },
    { href: `/documents/${id}/proposals`, label: openProposals ? `Proposals (${openProposals})` : "Proposals", current: path.startsWith(`/documents/${id}/proposals`) },
    { href: `/documents/${id}/discussion`, label: openThreads ? `Discussion (${openThreads})` : "Discussion", current: path.startsWith(`/documents/${id}/discussion`) },
    { href: `/documents/${id}/activity`, label: "Activity", current: path.startsWith(`/documents/${id}/activity`) },
    { href: `/documents/${id}/export`, label: "Export", current: path.startsWith(`/documents/${id}/export`) },
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
