/** [start, end) of the `index`-th "\f"-separated part of `text`; an empty range at the end when there are fewer parts. */
export function pageRange(text: string, index: number): { start: number; end: number } {
  let start = 0;
  for (let i = 0; i < index; i++) {
    const next = text.indexOf("\f", start);
    if (next < 0) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf("\f", start);
  return { start, end: end < 0 ? text.length : end };
}
