"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While a changeset is being applied or undone, reads the page again every second (the server
 * renders the progress), and stops when the work is done.
 */
export function FollowProgress({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
