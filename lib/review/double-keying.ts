import { changeRegions, mapOffset } from "../anchoring/map-offset";
import { diffWords } from "../revisions/word-diff";
import { countWords as words } from "../revisions/changed-words";
import type { MergeSegment } from "./merge-words";

/**
 * Two independent keyings of one text (A and B, both corrected from `base`) compared word by
 * word: where they read the same, the text stands; each place they differ is a decision for the
 * reviewer, shown with what the base said there ("mine" is A, "theirs" is B, as the conflict view
 * names them). Their agreement is the share of words read alike: words in agreed stretches over
 * those plus, for each disagreement, the larger side's words.
 */
export function compareKeyings(base: string, a: string, b: string): { segments: MergeSegment[]; agreement: number; disagreements: number } {
  const toBase = changeRegions(diffWords(a, base));
  const segments: MergeSegment[] = [];
  let [at, agreed, total] = [0, 0, 0];
  let open: Extract<MergeSegment, { kind: "conflict" }> | null = null;
  for (const [op, text] of diffWords(a, b)) {
    if (op === 0) {
      open = null;
      segments.push({ kind: "ok", text });
      agreed += words(text);
      at += text.length;
      continue;
    }
    if (!open) {
      open = { kind: "conflict", base: "", mine: "", theirs: "", baseOffset: mapOffset(toBase, at, "start") };
      segments.push(open);
    }
    if (op === -1) {
      open.mine += text;
      at += text.length;
    } else open.theirs += text;
    open.base = base.slice(open.baseOffset, Math.max(open.baseOffset, mapOffset(toBase, at, "end")));
  }
  const conflicts = segments.filter((s): s is Extract<MergeSegment, { kind: "conflict" }> => s.kind === "conflict");
  total = agreed + conflicts.reduce((n, c) => n + Math.max(1, words(c.mine), words(c.theirs)), 0);
  return { segments, agreement: total ? agreed / total : 1, disagreements: conflicts.length };
}

/** A reviewer's choice at one disagreement. */
export type KeyingChoice = "a" | "b" | { text: string };

/** The text the choices make, and how many disagreements each keyer was right about. */
export function applyKeyingChoices(segments: readonly MergeSegment[], choices: readonly KeyingChoice[]): { text: string; forA: number; forB: number } {
  let [k, forA, forB] = [0, 0, 0];
  const text = segments
    .map((s) => {
      if (s.kind === "ok") return s.text;
      const c = choices[k++];
      if (c === "a") return (forA++, s.mine);
      if (c === "b") return (forB++, s.theirs);
      if (c && typeof c === "object") {
        if (c.text === s.mine) forA++;
        else if (c.text === s.theirs) forB++;
        return c.text;
      }
      throw new Error(`No choice for disagreement ${k}`);
    })
    .join("");
  if (k !== choices.length) throw new Error(`${choices.length} choices for ${k} disagreements`);
  return { text, forA, forB };
}
