// Random OCR-like corrections for the anchoring benchmark, with each character's origin tracked
// so that the true place of every annotated span is known after the edits.

/** A text as characters (code points) that remember their offset in the original text, or -1. */
export interface TrackedText {
  chars: string[];
  origin: number[];
}

export function track(text: string): TrackedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    chars.push(ch);
    origin.push(offset);
    offset += ch.length;
  }
  return { chars, origin };
}

export const textOf = (t: TrackedText) => t.chars.join("");


const CONFUSIONS: [string, string][] = [
  ["rn", "m"], ["m", "rn"], ["l", "1"], ["1", "l"], ["e", "c"], ["c", "e"], ["o", "0"], ["0", "o"], ["h", "b"], ["ii", "u"],
  ["д", "л"], ["л", "д"], ["S", "5"], ["I", "l"], ["cl", "d"], ["vv", "w"],
];

function splice(t: TrackedText, at: number, remove: number, insert: string) {
  const ins = [...insert];
  t.chars.splice(at, remove, ...ins);
  t.origin.splice(at, remove, ...ins.map(() => -1));
}

/** Applies one random OCR-like correction near `around` (a code-point index). */
export function randomEdit(t: TrackedText, around: number, random: () => number) {
  const at = Math.max(0, Math.min(t.chars.length - 1, around + Math.floor((random() - 0.5) * 40)));
  const kind = random();
  if (kind < 0.35) {
    // A confusion: replace what the OCR misread.
    const [from, to] = CONFUSIONS[Math.floor(random() * CONFUSIONS.length)];
    const window = t.chars.slice(at, at + 30).join("");
    const i = window.indexOf(from);
    if (i >= 0) splice(t, at + [...window.slice(0, i)].length, [...from].length, to);
    else splice(t, at, 1, String.fromCharCode(97 + Math.floor(random() * 26)));
  } else if (kind < 0.5) {
    splice(t, at, 1, ""); // a stray mark removed
  } else if (kind < 0.65) {
    splice(t, at, 0, String.fromCharCode(97 + Math.floor(random() * 26))); // a dropped letter restored
  } else if (kind < 0.75) {
    // A split or joined word.
    if (t.chars[at] === " ") splice(t, at, 1, "");
    else splice(t, at, 0, " ");
  } else if (kind < 0.85) {
    splice(t, at, 0, ["[sic] ", "(illegible) ", "Lt. ", "the ", "\n"][Math.floor(random() * 5)]); // a word inserted
  } else {
    // A word deleted.
    let end = at;
    while (end < t.chars.length && t.chars[end] !== " " && end - at < 15) end++;
    splice(t, at, end - at + 1, "");
  }
}

/** Deletes the characters whose origin is in [start, end), and sometimes a few after them. */
export function deleteSpan(t: TrackedText, start: number, end: number, random: () => number) {
  let first = -1;
  let last = -1;
  t.origin.forEach((o, i) => {
    if (o >= start && o < end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return;
  const extra = random() < 0.5 ? Math.floor(random() * 20) : 0;
  splice(t, first, last - first + 1 + extra, "");
}

export interface Truth {
  /** The share of the span's original characters still in the text. */
  surviving: number;
  /** Code-unit ranges of the surviving characters in the new text. */
  positions: { start: number; end: number }[];
  /** Where the span was: from the end of the last surviving character before it to the start of the first after it. */
  gap: { start: number; end: number };
}

/** Where the original span [start, end) went: its surviving characters, one range each. */
export function truthOf(t: TrackedText, start: number, end: number): Truth {
  let unit = 0;
  let survived = 0;
  const positions: { start: number; end: number }[] = [];
  const gap = { start: 0, end: -1 };
  for (let i = 0; i < t.chars.length; i++) {
    const o = t.origin[i];
    if (o >= start && o < end) {
      survived += t.chars[i].length;
      positions.push({ start: unit, end: unit + t.chars[i].length });
    } else if (o >= 0 && o < start) gap.start = unit + t.chars[i].length;
    else if (o >= end && gap.end < 0) gap.end = unit;
    unit += t.chars[i].length;
  }
  if (gap.end < 0) gap.end = unit;
  return { surviving: end > start ? survived / (end - start) : 0, positions, gap };
}
