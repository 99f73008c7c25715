import { PAGE_BREAK_CHAR } from "@/lib/text/editor-doc";

/** Read-only text with page breaks drawn as separators. React escapes it: markup shows as characters. */
export function RawText({ text, label, ref }: { text: string; label: string; ref?: React.Ref<HTMLDivElement> }) {
  const pages = text.split(PAGE_BREAK_CHAR);
  return (
    // Focusable, so that keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="raw-text" aria-label={label} role="region" tabIndex={0} ref={ref}>
      {pages.map((page, i) => (
        <div key={i}>
          {i > 0 && <div className="page-break" role="separator" aria-label="page break" />}
          <pre>{page}</pre>
        </div>
      ))}
    </div>
  );
}
