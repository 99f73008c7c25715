import type { Diff } from "../revisions/types";
import { diffWords } from "../revisions/word-diff";

/** One change of a proposal against its base: base text [start, end) becomes `after`. UTF-16 units. */
export interface Hunk {
  index: number;
  start: number;
  end: number;
  before: string;
  after: string;
}

/**
 * The hunks a reviewer accepts or rejects one by one: runs of word-level changes (with semantic
 * cleanup) between unchanged stretches, numbered in text order from 0.
 */
export function proposalHunks(base: string, proposal: string, diffs: readonly Diff[] = diffWords(base, proposal)): Hunk[] {
  const hunks: Hunk[] = [];
  let offset = 0;
  let open: Hunk | null = null;
  for (const [op, text] of diffs) {
    if (op === 0) {
      open = null;
      offset += text.length;
      continue;
    }
    if (!open) {
      open = { index: hunks.length, start: offset, end: offset, before: "", after: "" };
      hunks.push(open);
    }
    if (op === -1) {
      open.before += text;
      open.end += text.length;
      offset += text.length;
    } else open.after += text;
  }
  return hunks;
}

/** The base with only the selected hunks applied (indices as from proposalHunks; unknown ones ignored). */
export function applySelectedHunks(base: string, hunks: readonly Hunk[], selected: readonly number[]): string {
  const chosen = new Set(selected);
  let out = "";
  let at = 0;
  for (const h of hunks) {
    if (!chosen.has(h.index)) continue;
    out += base.slice(at, h.start) + h.after;
    at = h.end;
  }
  return out + base.slice(at);
}

/** One change in words, as people read it: “Il'inh → [Il'ich]”. */
export function describeHunk(h: Pick<Hunk, "before" | "after">): string {
  const side = (s: string) => s.trim() || "(nothing)";
  return `${side(h.before)} → ${side(h.after)}`;
}

export interface PartialApproval {
  accepted: Hunk[];
  leftOut: Hunk[];
  /** "approved 1 of 2 changes; left out: Nikolayevich → [Nikolayevich]" */
  summary: string;
}

/** What a partial approval accepted and left out, in words, for messages, audit and the proposal page. */
export function describePartialApproval(hunks: readonly Hunk[], acceptedIndices: readonly number[]): PartialApproval {
  const chosen = new Set(acceptedIndices);
  const accepted = hunks.filter((h) => chosen.has(h.index));
  const leftOut = hunks.filter((h) => !chosen.has(h.index));
  const count = `approved ${accepted.length} of ${hunks.length} change${hunks.length === 1 ? "" : "s"}`;
  return { accepted, leftOut, summary: leftOut.length ? `${count}; left out: ${leftOut.map(describeHunk).join("; ")}` : count };
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const wordCount = (s: string) => s.match(WORD)?.length ?? 0;

/**
 * What an unsaved change holds, in words, so that a wrong change is seen before it is stored:
 * "3 words changed" (for each change, the larger of the words it took out and put in), or the
 * changes to spacing and punctuation alone; null when the texts are the same.
 */
export function describeChange(base: string, text: string): string | null {
  if (base === text) return null;
  const hunks = proposalHunks(base, text);
  if (!hunks.length) return null;
  const words = hunks.reduce((n, h) => n + Math.max(wordCount(h.before), wordCount(h.after)), 0);
  if (words === 0) return `${hunks.length} change${hunks.length === 1 ? "" : "s"} to spacing or punctuation`;
  return `${words.toLocaleString("en")} word${words === 1 ? "" : "s"} changed`;
}
