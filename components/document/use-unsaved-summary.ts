"use client";
import { useEffect, useRef, useState, type RefObject } from "react";
import { describeChange } from "@/lib/review/hunks";
import type { TextEditorHandle } from "@/components/editor/text-editor";

/** Quiet time after the last keystroke before the change is described again (a word diff of the whole text). */
const QUIET_MS = 250;

/**
 * What the unsaved change holds ("3 words changed"), against the text last saved or loaded: a
 * Replace all over the wrong matches shows as a surprising count before anyone saves it.
 */
export function useUnsavedSummary({ editor, subscribe, dirty, ready }: { editor: RefObject<TextEditorHandle | null>; subscribe(fn: () => void): () => void; dirty: boolean; ready: boolean }): string | null {
  const base = useRef<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  useEffect(() => {
    // Clean again (loaded, or saved): what the editor holds now is the base.
    if (!dirty && ready) {
      base.current = editor.current?.getText() ?? null;
      setSummary(null);
    }
  }, [dirty, ready, editor]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const text = editor.current?.getText();
        if (base.current !== null && text !== undefined) setSummary(describeChange(base.current, text));
      }, QUIET_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [subscribe, editor]);
  return dirty ? summary : null;
}
