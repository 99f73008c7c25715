"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

/**
 * The header's links and the user's menu. On wide screens they sit in the bar; on phones they
 * fold behind a Menu button (the bar would otherwise push the page sideways), and the menu
 * closes on every navigation.
 */
export function SiteNav({ links, user, badge }: { links: { href: string; label: string }[]; user: ReactNode; badge?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const path = usePathname();
  useEffect(() => setOpen(false), [path]);
  return (
    <>
      <button type="button" className="site-menu-button" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen(!open)}>
        {open ? "Close" : "Menu"}
        {badge}
      </button>
      <div id="site-menu" className={`site-menu${open ? " site-menu--open" : ""}`}>
        <nav className="site-header__nav" aria-label="Main">
          {links.map((l) => (
            <Link key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined}>
              {l.label}
              {l.href === "/review" && badge}
            </Link>
          ))}
        </nav>
        {user}
      </div>
    </>
  );
}
