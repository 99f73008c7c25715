"use client";
import { useEffect, useState } from "react";
import type { PageBoxes } from "@/lib/layers/locate";
import type { PageWords } from "@/lib/data/pages/page-shape";

export interface PageView {
  id: string;
  index: number;
  width: number;
  height: number;
  /** not_started | in_progress | done | checked (lib/team/page-status.ts). */
  status?: string;
}

/**
 * The raw layer of every page (words and lines with raw-text offsets), read once when the image
 * pane first opens. The raw layer never changes, so the editor's current text reaches it through
 * the current → raw offset map, unsaved edits included.
 */
export function usePageBoxes(documentId: string, pages: readonly PageView[], enabled: boolean) {
  const [boxes, setBoxes] = useState<(PageBoxes | null)[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled || boxes || pages.length === 0) return;
    let live = true;
    Promise.all(pages.map(async (p) => {
      const res = await fetch(`/api/documents/${documentId}/pages/${p.id}/words?seq=0`);
      if (!res.ok) throw new Error(`The words of page ${p.index + 1} could not be read (${res.status})`);
      const words = (await res.json()) as PageWords;
      return { start: words.start, end: words.end, words: words.words, lines: words.lines } satisfies PageBoxes;
    })).then(
      (all) => live && setBoxes(all),
      (e: Error) => live && setError(e.message),
    );
    return () => void (live = false);
  }, [documentId, pages, enabled, boxes]);
  return { boxes, error };
}
