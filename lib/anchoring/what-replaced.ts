/** How much of an orphan's context is looked for: its quote's neighbours, as far as they are stored. */
const KEY = 16;
/** How far from the orphan's last place its context may have moved, and how long a replacement may be. */
const NEAR = 2048;
const LONGEST = 200;

/**
 * What stands now where an orphaned annotation's words stood: the text between its prefix and its
 * suffix (without the spaces at its ends), found near its last place. "" when the words were
 * deleted, null when the context changed too and nothing can be said. Offsets are UTF-16 units.
 */
export function whatReplaced(text: string, orphan: { start: number; prefix: string; suffix: string }): string | null {
  // The space beside the words may have gone with them: the context is matched without it.
  const before = orphan.prefix.trimEnd().slice(-KEY);
  const after = orphan.suffix.trimStart().slice(0, KEY);
  if (!before && !after) return null;
  let from: number;
  if (before) {
    let best = -1;
    for (let at = text.indexOf(before, Math.max(0, orphan.start - NEAR)); at >= 0 && at <= orphan.start + NEAR; at = text.indexOf(before, at + 1)) {
      if (best < 0 || Math.abs(at + before.length - orphan.start) < Math.abs(best + before.length - orphan.start)) best = at;
    }
    if (best < 0) return null;
    from = best + before.length;
  } else from = 0;
  const to = after ? text.indexOf(after, from) : text.length;
  if (to < 0 || to - from > LONGEST) return null;
  return text.slice(from, to).trim();
}
