import { changeRegions, mapOffset, survivingLength, type ChangeRegion } from "../anchoring/map-offset";
import { createDmp } from "../revisions/dmp";
import { repairSurrogateDiffs } from "../revisions/surrogates";
import type { Diff } from "../revisions/types";
import { unionBox } from "./geometry";
import type { AnchoredLine, Box, Confidence, Hyphenation } from "./types";

/** Where a word of the current text got its box. */
export type BoxOrigin = "ocr" | "corrected" | "inserted";

export interface WordAt {
  /** [start, end) in the revision's text, UTF-16 units. */
  start: number;
  end: number;
  text: string;
  box: Box;
  origin: BoxOrigin;
  /** The index of the line (in the page's stored order) the word sits on. */
  line: number;
  /** Only for words the revision left as the OCR read them. */
  confidence?: Confidence;
  /** How many raw words this one stands for (0 for an inserted word). */
  rawWords: number;
  /** The layer's id (for a word that stands for one raw word) and hyphenation (if left as read), so that exports give them back. */
  id?: string;
  hyphenation?: Hyphenation;
  /** Per-character confidences (0–1), for a word left as the OCR read it. */
  charConfidences?: number[];
  /** The page image's second reading of a word left as the OCR read it. */
  reread?: string;
}

export interface LineAt {
  start: number;
  end: number;
  box: Box;
  id?: string;
  block?: string;
}

/** Non-whitespace runs: the words of a text as the layer writers split them. */
const TOKEN = /\S+/g;

/**
 * The words of a revision's text with boxes, from the raw layer's anchored lines and the raw →
 * revision change regions (lib/anchoring's mapping, the same one annotations follow):
 * - a word the revision left alone keeps its box and confidence ("ocr");
 * - a changed word takes the union of the boxes of the raw words it overlaps ("corrected");
 * - a word with no raw word under it takes its line's box ("inserted");
 * - a raw word the revision deleted whole has no place in the text, so it is not listed.
 * `range` limits the result to one page's part of the revision text.
 */
export function wordsAt(
  lines: readonly AnchoredLine[],
  regions: readonly ChangeRegion[],
  text: string,
  range: { start: number; end: number } = { start: 0, end: text.length },
): { words: WordAt[]; lines: LineAt[] } {
  const mappedLines: LineAt[] = lines.map((l) => ({
    start: mapOffset(regions, l.start, "start"),
    end: mapOffset(regions, l.end, "end"),
    box: l.box,
    id: l.id,
    block: l.block,
  }));
  // Raw words that survive, in the revision's offsets; sorted because the raw words were.
  const raw: { start: number; end: number; box: Box; text: string; line: number; confidence?: Confidence; id?: string; hyphenation?: Hyphenation; charConfidences?: number[]; reread?: string }[] = [];
  lines.forEach((l, li) => {
    for (const w of l.words) {
      if (survivingLength(regions, w.start, w.end) === 0) continue;
      raw.push({ start: mapOffset(regions, w.start, "start"), end: mapOffset(regions, w.end, "end"), box: w.box, text: w.text, line: li, confidence: w.confidence, id: w.id, hyphenation: w.hyphenation, charConfidences: w.charConfidences, reread: w.reread });
    }
  });
  const words: WordAt[] = [];
  let r = 0;
  let lastLine = 0;
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = range.start + m.index, end = start + m[0].length;
    while (r < raw.length && raw[r]!.end <= start) r++;
    const under: typeof raw = [];
    for (let k = r; k < raw.length && raw[k]!.start < end; k++) if (raw[k]!.end > start) under.push(raw[k]!);
    const line = under[0]?.line ?? lineAt(mappedLines, start, lastLine);
    lastLine = line;
    if (under.length === 0) {
      const box = mappedLines[line]?.box;
      if (box) words.push({ start, end, text: m[0], box, origin: "inserted", line, rawWords: 0 });
      continue;
    }
    const same = under.length === 1 && under[0]!.text === m[0] && under[0]!.start === start;
    words.push({
      start, end, text: m[0],
      box: same ? under[0]!.box : unionBox(under.map((u) => u.box))!,
      origin: same ? "ocr" : "corrected",
      line,
      ...(same && under[0]!.confidence ? { confidence: under[0]!.confidence } : {}),
      // A word corrected in place is still that word of the layer: it keeps the id.
      ...(under.length === 1 && under[0]!.id ? { id: under[0]!.id } : {}),
      ...(same && under[0]!.hyphenation ? { hyphenation: under[0]!.hyphenation } : {}),
      ...(same && under[0]!.charConfidences ? { charConfidences: under[0]!.charConfidences } : {}),
      ...(same && under[0]!.reread !== undefined ? { reread: under[0]!.reread } : {}),
      rawWords: under.length,
    });
  }
  return { words, lines: mappedLines };
}

/** The line whose mapped span holds `pos`, else the last line starting before it (a typed new line borrows its neighbour's box). */
function lineAt(lines: readonly LineAt[], pos: number, from: number): number {
  let best = Math.min(from, Math.max(0, lines.length - 1));
  for (let i = best; i < lines.length; i++) {
    if (lines[i]!.start > pos) break;
    best = i;
    if (pos < lines[i]!.end) break;
  }
  return best;
}

/** wordsAt for a revision's text, diffing it against the raw text first (the diff annotations map through). */
export function wordsAtText(
  rawText: string,
  text: string,
  lines: readonly AnchoredLine[],
  range?: { start: number; end: number },
): { words: WordAt[]; lines: LineAt[] } {
  return wordsAt(lines, rawToTextRegions(rawText, text), text, range);
}

/**
 * The change regions from the raw text to a revision's text: the same character diff a save
 * stores (diff_main, then semantic cleanup), without making a patch.
 */
export function rawToTextRegions(rawText: string, text: string): ChangeRegion[] {
  if (rawText === text) return [];
  const dmp = createDmp();
  const diffs = dmp.diff_main(rawText, text);
  dmp.diff_cleanupSemantic(diffs);
  return changeRegions(repairSurrogateDiffs(diffs as Diff[]));
}
