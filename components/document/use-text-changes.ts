"use client";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import { textChanges } from "@/lib/review/text-changes";

/** Past this size the marks are worked out again only after a save, not while typing. */
const LIVE_LIMIT = 300_000;
const QUIET_MS = 400;

/**
 * Marks what differs from the raw OCR: the changed words in the editor (a decoration layer)
 * and the corrected raw words (for the raw pane), worked out again a moment after typing stops.
 * Also keeps the current↔raw offset maps for the aligned scroll and the page image's word boxes.
 */
export function useTextChanges({ editor, rawText, enabled, ready }: { editor: RefObject<TextEditorHandle | null>; rawText: string; enabled: boolean; ready: boolean }) {
  const [rawChanged, setRawChanged] = useState<{ start: number; end: number }[]>([]);
  const toRaw = useRef<((offset: number) => number) | null>(null);
  const fromRaw = useRef<((offset: number, side?: "start" | "end") => number) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;

  const refresh = useCallback(() => {
    const handle = editor.current;
    if (!handle) return;
    const changes = textChanges(rawText, handle.getText());
    toRaw.current = changes.currentToRaw;
    fromRaw.current = changes.rawToCurrent;
    const on = enabledRef.current;
    handle.setMarks("changes", on ? changes.inCurrent.map((r) => ({ ...r, className: "changed", title: "Differs from the raw OCR" })) : []);
    setRawChanged(on ? changes.inRaw : []);
  }, [editor, rawText]);

  const onTextChange = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    if ((editor.current?.getText().length ?? 0) > LIVE_LIMIT) return;
    timer.current = setTimeout(refresh, QUIET_MS);
  }, [editor, refresh]);

  useEffect(() => refresh(), [refresh, enabled, ready]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return { rawChanged, toRaw, fromRaw, refresh, onTextChange };
}
