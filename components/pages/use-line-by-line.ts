"use client";
import { useEffect, type RefObject } from "react";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import { lineCropUrl } from "@/lib/iiif/line-crop";
import { usePageBoxes, type PageView } from "./use-page-boxes";

/**
 * "Line by line": the picture of each line of the page images drawn above the text it became. The
 * layer's lines are anchored to the raw OCR, and reach the editor's text through the raw → current
 * map, so a line keeps its picture however its words were corrected. Drawn when turned on and
 * the layers have arrived; taken away when turned off.
 */
export function useLineByLine({ documentId, pages, editor, fromRaw, on, ready }: {
  documentId: string;
  pages: readonly PageView[];
  editor: RefObject<TextEditorHandle | null>;
  fromRaw: RefObject<((offset: number, side?: "start" | "end") => number) | null>;
  on: boolean;
  ready: boolean;
}) {
  const { boxes, error } = usePageBoxes(documentId, pages, on);
  useEffect(() => {
    const handle = editor.current;
    const map = fromRaw.current;
    if (!handle || !ready) return;
    if (!on || !boxes || !map) return handle.setLineImages([]);
    handle.setLineImages(
      boxes.flatMap((page, i) =>
        page ? page.lines.map((line, j) => ({ offset: map(line.start, "start"), src: lineCropUrl(pages[i].id, line.box), alt: `Page ${pages[i].index + 1}, line ${j + 1} of the image` })) : [],
      ),
    );
  }, [on, boxes, ready, editor, fromRaw, pages]);
  return { loading: on && !boxes && !error, error };
}
