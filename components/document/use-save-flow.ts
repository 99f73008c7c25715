"use client";
import { useRouter } from "next/navigation";
import { useCallback, useState, type RefObject } from "react";
import { proposeCorrection } from "@/app/actions/proposals";
import { saveRevision } from "@/app/actions/revisions";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import type { MergeSegment } from "@/lib/review/merge-words";

export type Notice =
  | { kind: "saved"; message: string; undo?: () => void }
  | { kind: "proposed"; id: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; baseSeq: number; headSeq: number; segments: MergeSegment[]; theirChanges: { before: string; after: string }[] };

/** Levels whose change a person should confirm first: they fall back to In progress. */
const SETTLED: Record<string, string> = { approved: "approved", corrected: "marked corrected" };

interface Options {
  documentId: string;
  headSeq: number;
  status: string;
  mode: "commit" | "propose" | "read";
  editor: RefObject<TextEditorHandle | null>;
  onOrphans(): void;
  /** The text of the user's proposal still waiting for review, shown in the editor until it is decided. */
  pending?: { text: string } | null;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "Revision 4 by Ada was" / "Revisions 4 and 5 by Ada and Bo were". */
function mergedLine(merged: { seq: number; authorName: string }[]): string {
  if (!merged.length) return "";
  const seqs = merged.map((m) => m.seq);
  const names = [...new Set(merged.map((m) => m.authorName))];
  const list = (xs: (string | number)[]) => (xs.length === 1 ? String(xs[0]) : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);
  return ` ${plural(seqs.length, "Revision", "Revisions")} ${list(seqs)} by ${list(names)}, saved while you were editing, ${plural(seqs.length, "was", "were")} merged in.`;
}

/**
 * The editor's save flow: commit or propose the text, merge onto revisions saved meanwhile (the
 * editor then shows the stored text), hand a conflict to the conflict view, and keep the base
 * revision and the message in step. One place for what a save does, whichever button starts it.
 */
export function useSaveFlow({ documentId, headSeq, status, mode, editor, onOrphans, pending }: Options) {
  const router = useRouter();
  const [baseSeq, setBaseSeq] = useState(headSeq);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  // A proposal leaves the head as it was: the editor keeps the proposed text, its changes
  // marked as pending against the accepted text, until a reviewer decides.
  const [pendingText, setPendingText] = useState<string | null>(pending?.text ?? null);
  const [confirmedLevel, setConfirmedLevel] = useState<string | null>(null);

  /** Asks before a change sends a settled document back to In progress; once per level. */
  const confirmLevel = useCallback(() => {
    const settled = SETTLED[status];
    if (!settled || confirmedLevel === status) return true;
    const ok = confirm(`This document is ${settled}; ${mode === "propose" ? "approving your proposal" : "saving"} will send it back to In progress. Continue?`);
    if (ok) setConfirmedLevel(status);
    return ok;
  }, [confirmedLevel, mode, status]);

  const propose = useCallback(async () => {
    const sent = editor.current!.getText();
    const proposed = await proposeCorrection(documentId, { baseSeq, text: sent, message });
    if (!proposed.ok) return setNotice({ kind: "error", message: proposed.message });
    setMessage("");
    editor.current!.markSaved();
    setPendingText(sent);
    setNotice({ kind: "proposed", id: proposed.id });
    router.refresh();
  }, [baseSeq, documentId, editor, message, router]);

  /**
   * Commits `over.text` (a resolved conflict) or the editor's text, from `over.baseSeq` or the
   * revision the editor started from; `merge: false` is the deliberate overwrite.
   */
  const commit = useCallback(
    async (over: { text?: string; baseSeq?: number; merge?: boolean } = {}) => {
      const sent = over.text ?? editor.current!.getText();
      const result = await saveRevision(documentId, { baseSeq: over.baseSeq ?? baseSeq, text: sent, message, merge: over.merge });
      if (!result.ok) {
        if (result.reason === "merge_conflict") {
          const details = result as unknown as Extract<Notice, { kind: "conflict" }>;
          return setNotice({ kind: "conflict", baseSeq: details.baseSeq, headSeq: details.headSeq, segments: details.segments, theirChanges: details.theirChanges });
        }
        return setNotice({ kind: "error", message: result.message });
      }
      const stored = result.mergedText ?? sent;
      if (stored !== editor.current!.getText()) editor.current!.replaceText(stored);
      else editor.current!.markSaved();
      setBaseSeq(result.seq);
      setMessage("");
      const orphaned = result.orphaned ? ` ${result.orphaned} annotation${result.orphaned > 1 ? "s" : ""} lost ${result.orphaned > 1 ? "their" : "its"} text: see Orphans.` : "";
      const saved = result.created ? `Saved as revision ${result.seq}.` : "Nothing changed, so nothing was saved.";
      setNotice({ kind: "saved", message: saved + mergedLine(result.mergedFrom) + orphaned });
      if (result.orphaned) onOrphans();
      router.refresh();
    },
    [baseSeq, documentId, editor, message, onOrphans, router],
  );

  const save = useCallback(
    async (over: Parameters<typeof commit>[0] = {}) => {
      if (!editor.current || saving || mode === "read" || !confirmLevel()) return;
      setSaving(true);
      try {
        await (mode === "propose" ? propose() : commit(over));
      } finally {
        setSaving(false);
      }
    },
    [commit, confirmLevel, editor, mode, propose, saving],
  );

  /** The editor now starts from revision `seq` (its revisions were merged in without a save). */
  const rebase = useCallback((seq: number) => setBaseSeq(seq), []);

  return { baseSeq, saving, message, setMessage, notice, setNotice, pendingText, save, rebase };
}
