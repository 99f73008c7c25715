"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { isTypingTarget } from "@/components/ui/typing-target";

interface Props {
  kind: "correct" | "review";
  label: string;
  collectionId?: string;
  /** A task not to be handed again now (the document being left). */
  skip?: string;
  /** Also on the N key (outside text fields). */
  shortcut?: boolean;
  className?: string;
}

/**
 * Opens the next task for the signed-in person (GET /api/next-task): claimed for them, so that
 * a colleague pressing it at the same moment gets another. Says so when nothing waits.
 */
export function NextTaskButton({ kind, label, collectionId, skip, shortcut = false, className = "button button--primary" }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const go = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const params = new URLSearchParams({ kind, ...(collectionId ? { collectionId } : {}), ...(skip ? { skip } : {}) });
      const response = await fetch(`/api/next-task?${params}`);
      if (response.status === 204) {
        setMessage(kind === "review" ? "Nothing waits for review: no proposals, changesets or corrected documents that others are not already on." : "Nothing waits for correcting: every document is corrected, in review, or open with someone else.");
        return;
      }
      const body = (await response.json()) as { href?: string; error?: { message: string } };
      if (!response.ok || !body.href) return setMessage(body.error?.message ?? "The next task could not be found; try again.");
      router.push(body.href);
    } catch {
      setMessage("The server did not answer; try again.");
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== "n" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      e.preventDefault();
      void go();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <span className="next-task">
      <button type="button" className={className} onClick={() => void go()} disabled={busy} aria-keyshortcuts={shortcut ? "N" : undefined}>
        {busy ? "Finding…" : label}
        {shortcut && <kbd className="next-task__key" aria-hidden="true">N</kbd>}
      </button>
      <span role="status" className="next-task__message">{message}</span>
    </span>
  );
}
