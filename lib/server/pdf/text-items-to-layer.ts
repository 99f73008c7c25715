import { unionBox } from "../../layers/geometry";
import type { Box, LayerLine, LayerWord, PageLayer } from "../../layers/types";

/** A run of text from a PDF's text layer, placed in image pixels (top-left origin). */
export interface PlacedRun {
  text: string;
  /** Left and baseline of the run, its width and font height, in image pixels. */
  x: number;
  baseline: number;
  width: number;
  height: number;
}

/** Runs whose baselines differ by less than this share of their height sit on one line. */
const SAME_LINE = 0.5;

/**
 * Words and lines from a PDF text layer: runs on one baseline make a line (in the order the PDF
 * gives them, sorted left to right), each run splits at spaces into words whose boxes divide the
 * run's width in proportion to their characters: PDFs give runs, not words, and a typewriter
 * face is monospaced anyway.
 */
export function textItemsToLayer(runs: readonly PlacedRun[], width: number, height: number): PageLayer {
  const lines: { baseline: number; height: number; runs: PlacedRun[] }[] = [];
  for (const run of runs) {
    if (!run.text.trim() || !(run.width > 0) || !(run.height > 0)) continue;
    const line = lines.find((l) => Math.abs(l.baseline - run.baseline) < SAME_LINE * Math.max(l.height, run.height));
    if (line) line.runs.push(run);
    else lines.push({ baseline: run.baseline, height: run.height, runs: [run] });
  }
  lines.sort((a, b) => a.baseline - b.baseline);
  const out: LayerLine[] = lines.map((l) => {
    const words: LayerWord[] = [];
    for (const run of [...l.runs].sort((a, b) => a.x - b.x)) {
      const perChar = run.width / run.text.length;
      for (const m of run.text.matchAll(/\S+/g)) {
        const box: Box = [Math.round(run.x + m.index * perChar), Math.round(run.baseline - run.height), Math.max(1, Math.round(m[0].length * perChar)), Math.max(1, Math.round(run.height * 1.2))];
        words.push({ text: m[0], box });
      }
    }
    return { box: unionBox(words.map((w) => w.box))!, words };
  }).filter((l) => l.words.length > 0);
  return { source: "pdf", format: "pdf-text", width, height, lines: out };
}
