"use client";
import { useEffect, useRef } from "react";
import { PAGE_BREAK_CHAR } from "@/lib/text/editor-doc";

type Range = { start: number; end: number };

interface Props {
  text: string;
  label: string;
  ref?: React.Ref<HTMLDivElement>;
  /** Raw words that were corrected, drawn with the CSS highlight "raw-changed". */
  changed?: readonly Range[];
  /** Find matches, drawn with "raw-find" (the current one with "raw-find-current"). */
  found?: readonly Range[];
  current?: Range | null;
}

/**
 * Read-only text with page breaks drawn as separators. React escapes it: markup shows as
 * characters. Marks are CSS highlights over the text nodes, so the DOM stays one <pre> per page.
 */
export function RawText({ text, label, ref, changed = [], found = [], current = null }: Props) {
  const pages = text.split(PAGE_BREAK_CHAR);
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const container = box.current;
    if (!container || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const paint = (name: string, ranges: readonly Range[]) => {
      const dom = ranges.map((r) => domRange(container, r)).filter((r): r is globalThis.Range => r !== null);
      if (dom.length) CSS.highlights.set(name, new Highlight(...dom));
      else CSS.highlights.delete(name);
    };
    paint("raw-changed", changed);
    paint("raw-find", found);
    paint("raw-find-current", current ? [current] : []);
    return () => ["raw-changed", "raw-find", "raw-find-current"].forEach((n) => CSS.highlights.delete(n));
  }, [changed, found, current, text]);
  return (
    // Focusable, so that keyboard users can scroll it (axe: scrollable-region-focusable).
    <div
      className="raw-text"
      aria-label={label}
      role="region"
      tabIndex={0}
      ref={(node) => {
        box.current = node;
        if (typeof ref === "function") ref(node);
        else if (ref) (ref as React.RefObject<HTMLDivElement | null>).current = node;
      }}
    >
      {pages.map((page, i) => (
        <div key={i}>
          {i > 0 && <div className="page-break" role="separator" aria-label="page break" />}
          <pre>{page}</pre>
        </div>
      ))}
    </div>
  );
}

/** The text node and offset inside it of a raw text offset (each page is one <pre>; a page break is one character). */
export function rawPoint(container: HTMLElement, offset: number): { node: Text; offset: number } | null {
  let at = offset;
  for (const pre of container.querySelectorAll("pre")) {
    const node = pre.firstChild as Text | null;
    const length = node?.length ?? 0;
    if (at <= length) return node ? { node, offset: at } : null;
    at -= length + 1;
  }
  return null;
}

function domRange(container: HTMLElement, r: Range): globalThis.Range | null {
  const a = rawPoint(container, r.start);
  const b = rawPoint(container, r.end);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
