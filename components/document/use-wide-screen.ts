"use client";
import { useSyncExternalStore } from "react";

/** Wide enough to show the editor and the raw OCR side by side (matches globals.css). */
export const WIDE_QUERY = "(min-width: 1100px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** True on wide screens; the server renders the wide layout. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE_QUERY).matches, () => true);
}
