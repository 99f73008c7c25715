"use client";
import { useCallback, useEffect, useState, type RefObject } from "react";
import type { FindTarget } from "@/components/editor/find-bar";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import type { FindMatch } from "@/lib/find/find-matches";

/**
 * Find and replace in the editor or the raw OCR (Ctrl+F, Ctrl+H): which pane it searches, its
 * matches marked there, and the bar opened with the selection as its query. A save ends the
 * search.
 */
export function useWorkspaceFind({ editor, rawPane, rawText, mode, baseSeq, scrollRawTo }: {
  editor: RefObject<TextEditorHandle | null>;
  rawPane: RefObject<HTMLDivElement | null>;
  rawText: string;
  mode: "commit" | "propose" | "read";
  baseSeq: number;
  scrollRawTo: (pane: HTMLElement, offset: number) => void;
}) {
  const [find, setFind] = useState<FindTarget | null>(null);
  const [rawFound, setRawFound] = useState<{ all: FindMatch[]; current: FindMatch | null }>({ all: [], current: null });
  useEffect(() => setFind(null), [baseSeq]);
  const findText = useCallback(() => (find?.pane === "raw" ? rawText : (editor.current?.getText() ?? "")), [editor, find?.pane, rawText]);
  const showFound = useCallback(
    (matches: readonly FindMatch[], current: number) => {
      const at = matches[current];
      if (find?.pane === "raw") {
        setRawFound({ all: [...matches], current: at ?? null });
        if (at && rawPane.current) scrollRawTo(rawPane.current, at.start);
        return;
      }
      editor.current?.setMarks("find", matches.map((m, i) => ({ start: m.start, end: m.end, className: i === current ? "find-match find-match--current" : "find-match" })));
      if (at) editor.current?.select(at.start, at.end, { quiet: true });
    },
    [editor, find?.pane, rawPane, scrollRawTo],
  );
  const closeFind = useCallback(() => {
    const pane = find?.pane;
    setFind(null);
    editor.current?.setMarks("find", []);
    setRawFound({ all: [], current: null });
    if (pane === "raw") rawPane.current?.focus();
    else editor.current?.dom.focus();
  }, [editor, find?.pane, rawPane]);
  const openFind = useCallback(
    (replace: boolean) => {
      const inRaw = !!rawPane.current && rawPane.current.contains(document.activeElement);
      const chosen = inRaw ? window.getSelection()?.toString() : (() => {
        const r = editor.current?.getSelection();
        return r ? editor.current!.getText().slice(r.start, r.end) : "";
      })();
      setFind({ pane: inRaw && !replace ? "raw" : "editor", replace: replace && mode !== "read", seed: chosen && !chosen.includes("\n") && chosen.length <= 200 ? chosen : undefined });
    },
    [editor, mode, rawPane],
  );
  return { find, setFind, rawFound, setRawFound, findText, showFound, closeFind, openFind };
}
