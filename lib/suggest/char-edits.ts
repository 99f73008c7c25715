/** One place where two spellings of a word differ: "rn" read where "m" was typed. */
export interface CharEdit {
  from: string;
  to: string;
}

/**
 * The places where `from` must change to become `to`, from a Levenshtein alignment over code
 * points: adjacent edits join into one place, so "rn" → "m" is one confusion, not two.
 */
export function charEdits(from: string, to: string): CharEdit[] {
  const a = Array.from(from);
  const b = Array.from(to);
  const n = a.length;
  const m = b.length;
  const d = Array.from({ length: n + 1 }, (_, i) => Int32Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  const edits: CharEdit[] = [];
  let open: CharEdit | null = null;
  let i = n;
  let j = m;
  const close = () => {
    if (open) edits.push({ from: open.from, to: open.to });
    open = null;
  };
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && d[i][j] === d[i - 1][j - 1]) {
      close();
      i--;
      j--;
      continue;
    }
    open ??= { from: "", to: "" };
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + 1) {
      open.from = a[--i] + open.from;
      open.to = b[--j] + open.to;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) open.from = a[--i] + open.from;
    else open.to = b[--j] + open.to;
  }
  close();
  return edits.reverse();
}

/** Applies `edit` at each place `word` holds `edit.from`, one place at a time. */
export function applyEditEverywhere(word: string, edit: CharEdit): string[] {
  const out: string[] = [];
  if (!edit.from) return out;
  for (let at = word.indexOf(edit.from); at >= 0; at = word.indexOf(edit.from, at + 1)) {
    out.push(word.slice(0, at) + edit.to + word.slice(at + edit.from.length));
  }
  return out;
}
