"use client";
import { useEffect, type RefObject } from "react";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import { rawPoint } from "./raw-text";

/**
 * Keeps the raw OCR level with the editor by content: the passage at the top of the editor is
 * mapped through the raw→current diff to its raw offset, and the raw pane scrolls until that
 * offset is drawn as far below its top edge as the editor's passage is below the editor's. The
 * panes wrap differently, so a proportion would drift; the follower can still be scrolled by hand.
 */
export function useScrollFollow({ editor, leader, follower, toRaw, active }: {
  editor: RefObject<TextEditorHandle | null>;
  leader: HTMLElement | null;
  follower: RefObject<HTMLElement | null>;
  /** The raw offset of a current-text offset; null until the changes are known. */
  toRaw: RefObject<((offset: number) => number) | null>;
  active: boolean;
}) {
  useEffect(() => {
    if (!leader || !active) return;
    let frame = 0;
    const follow = () => {
      frame = 0;
      const target = follower.current;
      const top = editor.current?.topOffset();
      if (!target) return;
      const point = top && toRaw.current ? rawPoint(target, toRaw.current(top.offset)) : null;
      if (!top || !point) {
        const range = leader.scrollHeight - leader.clientHeight;
        if (range > 0) target.scrollTop = (leader.scrollTop / range) * (target.scrollHeight - target.clientHeight);
        return;
      }
      const range = document.createRange();
      range.setStart(point.node, point.offset);
      range.collapse(true);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      target.scrollTop += rect.top - target.getBoundingClientRect().top - top.y;
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(follow);
    };
    leader.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      leader.removeEventListener("scroll", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [editor, leader, follower, toRaw, active]);
}
