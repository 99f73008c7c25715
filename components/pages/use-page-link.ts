"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import { locateOffset, offsetAtPoint } from "@/lib/layers/locate";
import { LOW_CONFIDENCE } from "@/lib/layers/low-confidence";
import type { Box } from "@/lib/layers/types";
import { usePageBoxes, type PageView } from "./use-page-boxes";


interface Options {
  documentId: string;
  pages: readonly PageView[];
  editor: RefObject<TextEditorHandle | null>;
  /** The editor ↔ raw offset maps (use-text-changes), kept up to date with unsaved edits. */
  toRaw: RefObject<((offset: number) => number) | null>;
  fromRaw: RefObject<((offset: number, side?: "start" | "end") => number) | null>;
  /** Whether the image is on screen (the layers load on first use). */
  active: boolean;
  shadeLowConfidence: boolean;
  subscribeText(fn: () => void): () => void;
}

/**
 * Ties the page image to the text: the caret or the pointer on a word outlines its box and
 * shades its line; a click on the image puts the caret in that word; low-confidence words are
 * tinted in the editor and on the image.
 */
export function usePageLink({ documentId, pages, editor, toRaw, fromRaw, active, shadeLowConfidence, subscribeText }: Options) {
  const { boxes, error } = usePageBoxes(documentId, pages, active || shadeLowConfidence);
  const [focus, setFocus] = useState<{ page: number; word: Box | null; line: Box | null } | null>(null);
  const boxesRef = useRef(boxes);
  boxesRef.current = boxes;

  const showOffset = useCallback((offset: number) => {
    const all = boxesRef.current, map = toRaw.current;
    if (!all || !map) return;
    const found = locateOffset(all, map(offset));
    if (found) setFocus((was) => (was && was.page === found.page && was.word === found.word && was.line === found.line ? was : found));
  }, [toRaw]);

  const onCaret = useCallback((offset: number) => active && showOffset(offset), [active, showOffset]);

  // The layers arrive after the text: show where the caret already is (a link to a span, a
  // search hit, opens the document there, and the image turns to its page).
  useEffect(() => {
    if (!boxes || !active) return;
    const frame = requestAnimationFrame(() => {
      const at = editor.current?.caret();
      if (at !== undefined) showOffset(at);
    });
    return () => cancelAnimationFrame(frame);
  }, [boxes, active, showOffset, editor]);

  // The pointer over a word of the text outlines it too, without moving the caret.
  useEffect(() => {
    const handle = editor.current;
    if (!active || !handle) return;
    let frame = 0;
    const onMove = (e: PointerEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const at = editor.current?.offsetAtCoords(e.clientX, e.clientY);
        if (at !== null && at !== undefined) showOffset(at);
      });
    };
    handle.dom.addEventListener("pointermove", onMove);
    return () => {
      cancelAnimationFrame(frame);
      handle.dom.removeEventListener("pointermove", onMove);
    };
  }, [active, editor, showOffset, boxes]);

  const onPick = useCallback((page: number, x: number, y: number) => {
    const p = boxesRef.current?.[page];
    const raw = p ? offsetAtPoint(p, x, y) : null;
    const map = fromRaw.current;
    if (raw === null || !map || !editor.current) return;
    const at = map(raw);
    editor.current.select(at, at);
    showOffset(at);
  }, [editor, fromRaw, showOffset]);

  // Low-confidence words: raw spans the editor still holds unchanged, mapped into its text.
  const lowRaw = useMemo(
    () => (boxes ?? []).map((p) => (p?.words ?? []).filter((w) => w.confidence !== undefined && w.confidence.value < LOW_CONFIDENCE)),
    [boxes],
  );
  const tinted = useMemo(() => (shadeLowConfidence ? lowRaw.map((words) => words.map((w) => w.box)) : undefined), [lowRaw, shadeLowConfidence]);
  useEffect(() => {
    const handle = editor.current;
    if (!handle) return;
    if (!shadeLowConfidence || !boxes) return void handle.setMarks("confidence", []);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      const map = fromRaw.current, h = editor.current;
      if (!map || !h) return;
      const text = h.getText();
      const marks = lowRaw.flat().flatMap((w) => {
        const start = map(w.start), end = start + (w.end - w.start);
        const word = (w as { text?: string }).text;
        return word !== undefined && text.slice(start, end) !== word ? [] : [{ start, end, className: "low-confidence", title: `OCR confidence ${Math.round(w.confidence!.value * 100)}%` }];
      });
      h.setMarks("confidence", marks);
    };
    draw();
    const unsubscribe = subscribeText(() => {
      clearTimeout(timer);
      timer = setTimeout(draw, 500);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [shadeLowConfidence, boxes, lowRaw, editor, fromRaw, subscribeText]);

  /** The span of the editor's text whose raw words lie in `region` (their centres inside it) of page `page`, or null. */
  const spanInRegion = useCallback((page: number, region: Box) => {
    const p = boxesRef.current?.[page];
    const map = fromRaw.current;
    if (!p || !map) return null;
    const inside = p.words.filter(({ box: [x, y, w, h] }) => {
      const cx = x + w / 2, cy = y + h / 2;
      return cx >= region[0] && cx <= region[0] + region[2] && cy >= region[1] && cy <= region[1] + region[3];
    });
    if (inside.length === 0) return null;
    const start = map(Math.min(...inside.map((w) => w.start)), "start");
    const end = map(Math.max(...inside.map((w) => w.end)), "end");
    return end > start ? { start, end } : null;
  }, [fromRaw]);

  return { focus, onCaret, onPick, tinted, error, loaded: boxes !== null, spanInRegion };
}
