import { tokenEndAt, tokenStartAt } from "./word-diff";
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, type Diff } from "./types";

const WORD = /[\p{L}\p{M}\p{N}_'’-]+/gu;
/** Words as the word diff tokenises them (letters, marks, digits, _ ' ’ -). */
export const countWords = (text: string) => (text.match(WORD) ?? []).length;

/**
 * How many words a revision changed, as a person would count them ("Revision 6 by Rita, 2 words"):
 * each change is widened to the whole words it touches on both sides, changes inside one word
 * count once, and a stretch counts the larger of its words before and after (a word replaced by
 * another is 1; a word deleted is 1). A change of spacing or punctuation alone counts 1.
 * `diffs` are the character diffs from `before` to `after` (as makeRevision returns them).
 */
export function changedWords(before: string, after: string, diffs: readonly Diff[]): number {
  const stretches: { old: [number, number]; new: [number, number] }[] = [];
  let [o, n] = [0, 0];
  for (let i = 0; i < diffs.length; ) {
    if (diffs[i][0] === DIFF_EQUAL) {
      o += diffs[i][1].length;
      n += diffs[i][1].length;
      i++;
      continue;
    }
    const [o1, n1] = [o, n];
    for (; i < diffs.length && diffs[i][0] !== DIFF_EQUAL; i++) {
      if (diffs[i][0] === DIFF_DELETE) o += diffs[i][1].length;
      if (diffs[i][0] === DIFF_INSERT) n += diffs[i][1].length;
    }
    const stretch = { old: [tokenStartAt(before, o1), tokenEndAt(before, o)] as [number, number], new: [tokenStartAt(after, n1), tokenEndAt(after, n)] as [number, number] };
    const last = stretches.at(-1);
    // Two changes inside one word ("Genserslov" → "Generalov" is several) are one change of it.
    if (last && (stretch.new[0] < last.new[1] || stretch.old[0] < last.old[1])) {
      last.old[1] = Math.max(last.old[1], stretch.old[1]);
      last.new[1] = Math.max(last.new[1], stretch.new[1]);
    } else stretches.push(stretch);
  }
  return stretches.reduce((sum, s) => sum + Math.max(1, countWords(before.slice(...s.old)), countWords(after.slice(...s.new))), 0);
}
