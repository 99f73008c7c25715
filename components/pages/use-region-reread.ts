"use client";
import { useCallback, useState, type RefObject } from "react";
import { rereadPageRegion } from "@/app/actions/ocr";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import type { PageView } from "./use-page-boxes";

export interface RegionReading {
  /** The text's span the box covers, or null when no word of the text lies in it. */
  span: { start: number; end: number } | null;
  current: string | null;
  /** Tesseract's new reading, once it answers. */
  reading: string | null;
  error: string | null;
}

/** "Read this region again": the words in a box of the page image now, and Tesseract's new reading of it. */
export function useRegionReread({ editor, documentId, pages, spanInRegion }: {
  editor: RefObject<TextEditorHandle | null>;
  documentId: string;
  pages: readonly PageView[];
  spanInRegion: (page: number, region: readonly [number, number, number, number]) => { start: number; end: number } | null;
}) {
  const [reread, setReread] = useState<RegionReading | null>(null);
  const readRegion = useCallback(async (page: number, region: readonly [number, number, number, number]) => {
    const span = spanInRegion(page, region);
    const text = editor.current?.getText() ?? "";
    setReread({ span, current: span ? text.slice(span.start, span.end) : null, reading: null, error: null });
    const result = await rereadPageRegion(documentId, pages[page]!.id, [...region]);
    setReread((r) => r && (result.ok ? { ...r, reading: result.text } : { ...r, error: result.message }));
  }, [editor, spanInRegion, documentId, pages]);
  return { reread, setReread, readRegion };
}
