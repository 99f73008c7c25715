import { levenshtein } from "../metrics/cer";
import { betaQuantile, studentQuantile } from "./beta";

// Auditing approved text by sampling lines (issue 26). A collection's approved documents are the
// strata; lines are drawn from each in proportion to its number of lines, without replacement;
// the reviewer corrects each drawn line, and the character errors found estimate the collection's
// remaining character error rate (CER = errors / characters of the corrected text) with a 95 %
// interval. The interval is Korn and Graubard's (1998) for proportions from complex samples: the
// stratified ratio estimate's linearised variance turned into an effective sample size, then a
// Clopper–Pearson interval at it. Unlike the normal interval it stays honest when errors are
// rare, which is the usual case in approved text (measured: npm run bench -- --only=audits).

/** A line of a document's text: where it is (UTF-16 offsets) and what it says. */
export interface TextLine {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** The lines worth auditing: those with a letter or digit (blank lines and rules carry no errors to find). */
export function auditableLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  let index = 0;
  for (const line of text.split(/\n|\f/)) {
    if (/[\p{L}\p{N}]/u.test(line)) out.push({ index, start, end: start + line.length, text: line });
    start += line.length + 1;
    index++;
  }
  return out;
}

/** The character errors left in an approved line: its edit distance to the line as corrected, in code points. */
export const lineErrors = (approved: string, corrected: string): number => (approved === corrected ? 0 : levenshtein(Array.from(approved), Array.from(corrected)));

/** A corrected line's length in code points: what its errors are a rate of. */
export const lineChars = (corrected: string): number => Array.from(corrected).length;

/** Where a drawn line is in today's text: where it was if it still says the same, else the nearest whole line that does. */
export function findLine(text: string, line: { start: number; end: number; text: string }): { start: number; end: number } | null {
  const whole = (at: number) => (at === 0 || /[\n\f]/.test(text[at - 1])) && (at + line.text.length === text.length || /[\n\f]/.test(text[at + line.text.length]));
  if (text.slice(line.start, line.end) === line.text && whole(line.start)) return { start: line.start, end: line.end };
  let best: number | null = null;
  for (let at = text.indexOf(line.text); at >= 0; at = text.indexOf(line.text, at + 1)) {
    if (whole(at) && (best === null || Math.abs(at - line.start) < Math.abs(best - line.start))) best = at;
  }
  return best === null ? null : { start: best, end: best + line.text.length };
}

/** Proportional allocation of `n` over strata of these sizes (largest remainder), never more than a stratum holds. */
export function allocate(sizes: readonly number[], n: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const want = Math.min(n, total);
  if (want === 0) return sizes.map(() => 0);
  const exact = sizes.map((s) => (s * want) / total);
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = want - out.reduce((a, b) => a + b, 0); left > 0; k = (k + 1) % order.length) {
    const { i } = order[k];
    if (out[i] < sizes[i]) (out[i]++, left--);
  }
  return out;
}

/** `k` distinct indices of 0…size−1, sorted (a partial Fisher–Yates shuffle). */
export function pick(size: number, k: number, random: () => number): number[] {
  const pool = Array.from({ length: size }, (_, i) => i);
  for (let i = 0; i < Math.min(k, size); i++) {
    const j = i + Math.floor(random() * (size - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.min(k, size)).sort((a, b) => a - b);
}

/**
 * The residual CER the default sample is planned for, and how much more variable a sample of lines
 * is than one of independent characters (errors come in clusters: a misread name is several
 * characters on one line). With both, the default aims at a ±1 percentage-point interval.
 */
export const PLANNED_CER = 0.05;
export const PLANNED_DESIGN_EFFECT = 3;
export const PLANNED_MARGIN = 0.01;

/**
 * The default sample size, in lines: enough characters for ±PLANNED_MARGIN at 95 % if the CER is
 * PLANNED_CER, times the design effect, in lines of the population's mean length, with the finite
 * population correction (a small collection is audited whole sooner), and at least 30 lines.
 */
export function defaultSampleSize({ lines, characters }: { lines: number; characters: number }): number {
  if (lines === 0) return 0;
  const chars = (PLANNED_DESIGN_EFFECT * 1.96 ** 2 * PLANNED_CER * (1 - PLANNED_CER)) / PLANNED_MARGIN ** 2;
  const infinite = chars / Math.max(1, characters / lines);
  return Math.min(lines, Math.max(30, Math.ceil(infinite / (1 + infinite / lines))));
}

/** One checked line: its stratum (document), its length once corrected, and the character errors found in it. */
export interface CheckedLine {
  stratum: string;
  chars: number;
  errors: number;
}

export interface CerEstimate {
  estimate: number;
  low: number;
  high: number;
  /** Lines and characters checked. */
  lines: number;
  characters: number;
}

/**
 * The remaining CER of the population and its 95 % interval, from the lines checked so far.
 * `strata` gives each stratum's number of lines in the population. Strata with fewer than two
 * checked lines are pooled into one (a variance needs two), which only widens the interval.
 * Null until a line is checked.
 */
export function estimateCer(checked: readonly CheckedLine[], strata: ReadonlyMap<string, number>, confidence = 0.95): CerEstimate | null {
  const characters = checked.reduce((a, c) => a + c.chars, 0);
  if (checked.length === 0 || characters === 0) return null;
  const groups = new Map<string, CheckedLine[]>();
  for (const c of checked) groups.set(c.stratum, [...(groups.get(c.stratum) ?? []), c]);
  // Pool the strata with a single checked line, with their population sizes.
  const cells: { N: number; lines: CheckedLine[] }[] = [];
  const pooled = { N: 0, lines: [] as CheckedLine[] };
  for (const [stratum, lines] of groups) {
    const N = Math.max(strata.get(stratum) ?? lines.length, lines.length);
    if (lines.length >= 2) cells.push({ N, lines });
    else (pooled.N += N, pooled.lines.push(...lines));
  }
  if (pooled.lines.length) cells.push(pooled);
  const R = ratio(cells);
  const variance = jackknifeVariance(cells, R);
  const alpha = 1 - confidence;
  const p = Math.min(R, 1);
  // The effective sample size: as many independent characters as would give this variance; none
  // found in error (or no variance to measure) leaves the characters checked.
  const nEffective = variance > 0 && p > 0 && p < 1 ? Math.min(characters, (p * (1 - p)) / variance) : characters;
  // Korn–Graubard's degrees-of-freedom adjustment: fewer lines, fewer effective characters.
  const df = Math.max(1, checked.length - cells.length);
  const z = studentQuantile(1 - alpha / 2, 1e6);
  const nStar = nEffective * (z / studentQuantile(1 - alpha / 2, df)) ** 2;
  const x = nStar * p;
  const low = x <= 0 ? 0 : betaQuantile(alpha / 2, x, nStar - x + 1);
  const high = x >= nStar ? 1 : betaQuantile(1 - alpha / 2, x + 1, nStar - x);
  return { estimate: R, low, high, lines: checked.length, characters };
}

type Cell = { N: number; lines: CheckedLine[] };
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The stratified ratio estimate: errors over characters, each stratum weighted by its population over its sample. */
function ratio(cells: readonly Cell[], drop?: { cell: number; line: number }): number {
  let [Y, X] = [0, 0];
  cells.forEach((c, i) => {
    const lines = drop?.cell === i ? c.lines.filter((_, j) => j !== drop.line) : c.lines;
    const w = c.N / lines.length;
    Y += w * sum(lines.map((l) => l.errors));
    X += w * sum(lines.map((l) => l.chars));
  });
  return X > 0 ? Y / X : 0;
}

/**
 * The stratified delete-one jackknife variance of the ratio (JKn, with each stratum's finite
 * population correction). Chosen over the linearised variance: with the few dozen lines an audit
 * checks and errors in few of them, linearisation understates the variance and the interval
 * covers less often than it says (measured: npm run bench -- --only=audits).
 */
function jackknifeVariance(cells: readonly Cell[], R: number): number {
  let variance = 0;
  cells.forEach((c, i) => {
    const n = c.lines.length;
    if (n < 2) return;
    const replicates = c.lines.map((_, j) => ratio(cells, { cell: i, line: j }));
    const mean = sum(replicates) / n;
    variance += (1 - n / c.N) * ((n - 1) / n) * sum(replicates.map((r) => (r - mean) ** 2));
  });
  return variance;
}
