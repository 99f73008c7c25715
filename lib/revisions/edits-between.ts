import { diffWords } from "./word-diff";
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT } from "./types";

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that turn `a` into `b`, as ranges of `a` in order, whole words at a time: what the
 * editor applies to lay a person's unsaved changes back over a newer text, so that they stay
 * ordinary unsaved edits (marked, undoable) rather than becoming the saved state.
 */
export function editsBetween(a: string, b: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  for (const [op, text] of diffWords(a, b)) {
    if (op === DIFF_EQUAL) {
      at += text.length;
      continue;
    }
    const last = edits.at(-1);
    const open = last && last.end === at ? last : null;
    if (op === DIFF_DELETE) {
      if (open) open.end += text.length;
      else edits.push({ start: at, end: at + text.length, text: "" });
      at += text.length;
    } else if (op === DIFF_INSERT) {
      if (open) open.text += text;
      else edits.push({ start: at, end: at, text });
    }
  }
  return edits;
}
