"use client";
import { useCallback, useState, type RefObject } from "react";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import type { ShownSuggestion } from "@/components/suggestions/use-suggestions";
import type { Notice } from "./use-save-flow";

interface OpenPopover {
  id: string;
  text: string;
  start: number;
  at: { left: number; bottom: number };
  takeFocus: boolean;
}

/** The choices of one suggestion under it, opened from the text, the panel or F8, and stepped through. */
export function useSuggestionPopover({ editor, current, setNotice }: {
  editor: RefObject<TextEditorHandle | null>;
  /** The suggestions shown now. */
  current: () => ShownSuggestion[];
  setNotice: (notice: Notice) => void;
}) {
  const [popover, setPopover] = useState<OpenPopover | null>(null);

  /**
   * Opens a suggestion's choices under it. From the keyboard or the panel it is selected and the
   * first choice takes the focus; from a click in the text the caret stays where it was put, so
   * that typing goes on.
   */
  const open = useCallback((s: Pick<ShownSuggestion, "id" | "start" | "end" | "text">, takeFocus = true) => {
    const handle = editor.current;
    if (!handle) return;
    if (takeFocus) {
      handle.select(s.start, s.end, { quiet: true });
      // Until the choices take the focus (a frame later), no key may reach the editor: an Enter
      // pressed at once would replace the selected word with a line break.
      handle.dom.blur();
    }
    requestAnimationFrame(() => {
      const c = handle.coordsAt(s.start);
      if (c) setPopover({ id: s.id, text: s.text, start: s.start, at: { left: c.left, bottom: c.bottom }, takeFocus });
    });
  }, [editor]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const list = current();
      if (!list.length || !editor.current) return setNotice({ kind: "saved", message: "No suggestions left in this document." });
      const at = editor.current.caret();
      const shown = popover && list.find((s) => s.id === popover.id);
      const next =
        direction === 1
          ? list.find((s) => (shown ? s.start > shown.start : s.start >= at)) ?? list[0]
          : [...list].reverse().find((s) => (shown ? s.start < shown.start : s.end < at)) ?? list[list.length - 1];
      open(next);
    },
    [current, editor, popover, open, setNotice],
  );

  const close = useCallback(() => {
    setPopover(null);
    editor.current?.dom.focus();
  }, [editor]);

  /** Typing goes on past suggestion choices opened by a click: they close. */
  const onTextChange = useCallback(() => {
    if (popover && !popover.takeFocus) setPopover(null);
  }, [popover]);

  // Refreshed suggestions get new ids: the open one is found again by its text and place.
  const suggestion = popover ? current().find((s) => s.id === popover.id || (s.text === popover.text && s.start === popover.start)) : undefined;
  return { popover, suggestion, open, step, close, onTextChange };
}
