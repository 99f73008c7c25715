"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { isTypingTarget } from "./typing-target";

/**
 * "/" anywhere outside a text field focuses the search box of the search page, or goes there,
 * as on GitHub and Gmail.
 */
export function SlashToSearch() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTypingTarget(e.target)) return;
      e.preventDefault();
      const box = document.getElementById("search-q") as HTMLInputElement | null;
      if (box) {
        box.focus();
        box.select();
      } else router.push("/search");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);
  return null;
}
