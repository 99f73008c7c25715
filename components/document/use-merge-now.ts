"use client";
import { useRouter } from "next/navigation";
import { useCallback, useState, type RefObject } from "react";
import { mergeNow } from "@/app/actions/revisions";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import { editsBetween } from "@/lib/revisions/edits-between";
import type { MergeSegment } from "@/lib/review/merge-words";
import type { useSaveFlow } from "./use-save-flow";

interface Options {
  documentId: string;
  editor: RefObject<TextEditorHandle | null>;
  flow: Pick<ReturnType<typeof useSaveFlow>, "baseSeq" | "setNotice" | "rebase">;
  mode: "commit" | "propose" | "read";
  onMerged(): void;
}

/**
 * "Merge now": brings the revisions others saved into the editor without saving. The editor's
 * saved state becomes the head, and the person's unsaved changes are laid back over it as
 * unsaved edits, so they still show as changes and can still be undone.
 */
export function useMergeNow({ documentId, editor, flow, mode, onMerged }: Options) {
  const router = useRouter();
  const [merging, setMerging] = useState(false);
  const { baseSeq, setNotice, rebase } = flow;

  const run = useCallback(async () => {
    const ed = editor.current;
    if (!ed || merging) return;
    setMerging(true);
    try {
      const mine = ed.getText();
      const result = await mergeNow(documentId, { baseSeq, text: mine });
      if (!result.ok) {
        if (result.reason !== "merge_conflict") return setNotice({ kind: "error", message: result.message });
        // A person who saves directly chooses in the conflict view; a proposal goes to review as it is.
        if (mode === "commit") {
          const c = result as unknown as { baseSeq: number; headSeq: number; segments: MergeSegment[]; theirChanges: { before: string; after: string }[] };
          return setNotice({ kind: "conflict", baseSeq: c.baseSeq, headSeq: c.headSeq, segments: c.segments, theirChanges: c.theirChanges });
        }
        return setNotice({ kind: "error", message: `${result.message}. Your text is as it was; a reviewer sees where it overlaps when deciding your proposal.` });
      }
      if (ed.getText() !== mine) return setNotice({ kind: "error", message: "You typed while the merge ran: choose Merge now again." });
      ed.replaceText(result.headText);
      const edits = editsBetween(result.headText, result.text);
      if (edits.length) ed.replaceRanges(edits);
      rebase(result.headSeq);
      onMerged();
      const kept = edits.length ? " Your own changes are still unsaved." : "";
      setNotice({ kind: "saved", message: `Revision ${result.headSeq} merged into the editor.${kept}` });
      router.refresh();
    } finally {
      setMerging(false);
    }
  }, [baseSeq, documentId, editor, merging, mode, onMerged, rebase, router, setNotice]);

  return { run: () => void run(), merging };
}
