"use client";
import { useCallback, useState } from "react";
import { useWideScreen, WIDE_QUERY } from "./use-wide-screen";
import type { SidePane } from "./workspace-toolbar";

/**
 * Which pane sits beside the editor (page image, raw OCR, suggestions, annotations) and whether it
 * shows: side by side on wide screens until the user chooses; on a phone the editor alone, but
 * for the page image, which sits above the text rather than replacing it.
 */
export function useSidePane({ hasPages }: { hasPages: boolean }) {
  // null until the user chooses.
  const [choice, setChoice] = useState<boolean | null>(null);
  // A corrector who can see the page checks against it first.
  const [pane, setPane] = useState<SidePane>(hasPages ? "image" : "raw");
  const wide = useWideScreen();
  const shown = choice ?? (wide || pane === "image");

  /** A toolbar button: opens its pane, or hides it when it is the one shown. */
  const toggle = useCallback((next: SidePane) => {
    if (shown && pane === next) setChoice(false);
    else {
      setPane(next);
      setChoice(true);
    }
  }, [shown, pane]);

  /** Alt+R and Alt+I: show that pane, or, pressed again, hide or show it. */
  const toggleFromKey = useCallback((next: "raw" | "image") => {
    setPane(next);
    setChoice((c) => (pane !== next ? true : !(c ?? (next === "raw" ? window.matchMedia(WIDE_QUERY).matches : true))));
  }, [pane]);

  const open = useCallback((next: SidePane) => {
    setPane(next);
    setChoice(true);
  }, []);
  const hide = useCallback(() => setChoice(false), []);
  return { pane, setPane, shown, wide, toggle, toggleFromKey, open, hide };
}
