/**
 * A text as a list of pieces, so that replaying many small hunks on a large text costs
 * O(pieces) per hunk instead of a full copy of the text: splicing a JS string of 1 MB
 * copies 2 MB each time, and a chain of hundreds of one-word patches did exactly that.
 * Offsets are UTF-16 code units.
 */
export interface PieceText {
  pieces: string[];
  length: number;
}

/** Past this many pieces the list is joined back into one string, keeping lookups short. */
const MAX_PIECES = 2048;

export const pieceText = (text: string): PieceText => ({ pieces: [text], length: text.length });

export const pieceTextToString = (t: PieceText): string => (t.pieces.length === 1 ? t.pieces[0] : t.pieces.join(""));

/**
 * Replaces `before` at offset `at` with `after`. Returns false, changing nothing, when the
 * text at `at` is not exactly `before`.
 */
export function spliceExact(t: PieceText, at: number, before: string, after: string): boolean {
  if (at < 0 || at + before.length > t.length) return false;
  // Find the piece holding offset `at`.
  let i = 0;
  let offset = at;
  while (i < t.pieces.length && offset > 0 && offset >= t.pieces[i].length) {
    offset -= t.pieces[i].length;
    i++;
  }
  // Check the pre-image across pieces without joining them.
  let checked = 0;
  for (let j = i, o = offset; checked < before.length; j++, o = 0) {
    const piece = t.pieces[j];
    const take = Math.min(piece.length - o, before.length - checked);
    if (piece.slice(o, o + take) !== before.slice(checked, checked + take)) return false;
    checked += take;
  }
  // Splice: keep the head of piece i, drop `before.length` units, insert `after`.
  const head = i < t.pieces.length ? t.pieces[i].slice(0, offset) : "";
  let remove = before.length + offset;
  let j = i;
  while (j < t.pieces.length && remove >= t.pieces[j].length && remove > 0) {
    remove -= t.pieces[j].length;
    j++;
  }
  const tail = j < t.pieces.length ? t.pieces[j].slice(remove) : "";
  const replacement = [head, after, tail].filter((p) => p !== "");
  t.pieces.splice(i, Math.min(j + 1, t.pieces.length) - i, ...replacement);
  t.length += after.length - before.length;
  if (t.pieces.length > MAX_PIECES) t.pieces = [t.pieces.join("")];
  if (t.pieces.length === 0) t.pieces = [""];
  return true;
}
