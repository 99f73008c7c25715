"use client";
import { useEffect, type RefObject } from "react";

/**
 * Scrolls `follower` to the same relative position as `leader`, so that the raw OCR stays
 * beside the passage being corrected. The texts differ only by corrections, so proportion is
 * a close match; the follower can still be scrolled by hand.
 */
export function useScrollFollow(leader: HTMLElement | null, follower: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    if (!leader || !active) return;
    const onScroll = () => {
      const target = follower.current;
      const range = leader.scrollHeight - leader.clientHeight;
      if (!target || range <= 0) return;
      target.scrollTop = (leader.scrollTop / range) * (target.scrollHeight - target.clientHeight);
    };
    leader.addEventListener("scroll", onScroll, { passive: true });
    return () => leader.removeEventListener("scroll", onScroll);
  }, [leader, follower, active]);
}
