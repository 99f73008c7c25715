import { diff_match_patch, DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT } from "diff-match-patch";
import { distance } from "fastest-levenshtein";
import { FUZZY_MAX_DISTANCE, FUZZY_MIN_LENGTH } from "../search/query";
import { wordSpans } from "../search/words";
import { isBracketWord, isDeclassified } from "./find-redactions";
import type { Extent } from "./redaction";

/**
 * Two releases of one document compared word by word: where they agree, where one withholds
 * what the other shows, and where they differ for another reason. The releases were read by
 * OCR separately, so words match as search's OCR-tolerant matching has them; each redaction is
 * one unit that may stand for any number of the other release's words.
 */

export interface ReleaseText {
  text: string;
  /** Redacted spans (UTF-16 offsets), e.g. the redaction annotations' ranges, with their extent where known. */
  redactions: readonly { start: number; end: number; extent?: Extent }[];
}

export type SegmentKind = "same" | "redacted-here" | "redacted-there" | "differs";

export interface SideSpan {
  start: number;
  end: number;
  text: string;
}

export interface Segment {
  kind: SegmentKind;
  here: SideSpan;
  there: SideSpan;
}

interface Unit {
  start: number;
  end: number;
  /** The folded word, or null for a redaction. */
  key: string | null;
  /** A word's first letter is a capital; a redaction's extent. */
  capital?: boolean;
  extent?: Extent;
}

/**
 * A redaction standing for one more word of the other release costs this much: less than
 * leaving a word unmatched (1), so that the words opposite a redaction go to it, and more than
 * an OCR misreading of a neighbour (its normalised edit distance, under 0.4 for search's
 * tolerance on words of 5 letters or more), so that a misread neighbour still pairs with itself.
 */
export const REDACTION_WORD_COST = 0.45;

/** A stretch between exact anchors larger than this (words here × words there) is left as one difference, unaligned. */
export const MAX_STRETCH_CELLS = 250_000;

/**
 * What a redaction's extent says of the words it hides: a withheld name is capitalised words
 * (another word costs NOT_A_NAME_COST more), at most WORDS_PER_NAME of them a name, and a
 * line holds at most WORDS_PER_LINE (each word beyond costs 1, as an unmatched one). Between two
 * redactions with no word of their own between them, this is what divides the other release's
 * words.
 */
export const NOT_A_NAME_COST = 0.3;
export const WORDS_PER_NAME = 3;
/** A typed line of 66 characters holds 9 to 12 words of English prose; 14 leaves room. */
export const WORDS_PER_LINE = 14;

export function compareReleases(here: ReleaseText, there: ReleaseText): Segment[] {
  const a = unitsOf(here);
  const b = unitsOf(there);
  const pairs: Pair[] = [];
  for (const stretch of anchoredStretches(a, b)) {
    if (stretch.equal) {
      for (let k = 0; k < stretch.a.length; k++) pairs.push({ kind: "same", a: [stretch.a[k]], b: [stretch.b[k]] });
    } else {
      pairs.push(...alignStretch(stretch.a, stretch.b));
    }
  }
  return segmentsOf(pairs, here.text, there.text);
}

/** Words outside the redactions, and one unit per redaction, in text order. */
function unitsOf(release: ReleaseText): Unit[] {
  const given = release.redactions.filter((r) => r.end > r.start);
  // A bracket whose opening the OCR lost still says "not declassified": those words are a
  // redaction of unknown extent, not text the other release could be missing.
  const all = wordSpans(release.text).filter((w) => !given.some((r) => w.start < r.end && r.start < w.end));
  const ghosts: ReleaseText["redactions"][number][] = all.flatMap((w, i) => (isDeclassified(w.folded) ? [{ start: i > 0 && distance(all[i - 1].folded, "not") <= 2 && all[i - 1].folded.length <= 4 ? all[i - 1].start : w.start, end: w.end }] : []));
  const redactions = [...given, ...ghosts].sort((x, y) => x.start - y.start);
  const words = all.filter((w) => !ghosts.some((r) => w.start < r.end && r.start < w.end));
  const units: Unit[] = [
    ...words.map((w) => ({ start: w.start, end: w.end, key: w.folded, capital: /^\p{Lu}/u.test(release.text.slice(w.start, w.end)) })),
    ...redactions.map((r) => ({ start: r.start, end: r.end, key: null, extent: r.extent })),
  ];
  return units.sort((x, y) => x.start - y.start);
}

type Stretch = { equal: boolean; a: Unit[]; b: Unit[] };

/**
 * The releases split into stretches of identical words (anchors, found by diff-match-patch on the
 * word sequences, one character per distinct word) and the stretches between them.
 */
function anchoredStretches(a: Unit[], b: Unit[]): Stretch[] {
  const codes = new Map<string, string>();
  let next = 0x100;
  // Redactions never equal anything: each gets a code of its own.
  const fresh = () => {
    // Past the surrogates: a lone one would not survive diff-match-patch's string handling.
    if (next === 0xd800) next = 0xe000;
    return String.fromCharCode(next++);
  };
  const code = (u: Unit) => {
    if (u.key === null) return fresh();
    let c = codes.get(u.key);
    if (!c) codes.set(u.key, (c = fresh()));
    return c;
  };
  const sa = a.map(code).join("");
  const sb = b.map(code).join("");
  const dmp = new diff_match_patch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(sa, sb, false);
  dmp.diff_cleanupSemantic(diffs);
  const out: Stretch[] = [];
  let i = 0;
  let j = 0;
  let pending: Stretch = { equal: false, a: [], b: [] };
  const flush = () => {
    if (pending.a.length || pending.b.length) out.push(pending);
    pending = { equal: false, a: [], b: [] };
  };
  for (const [op, chars] of diffs) {
    const n = chars.length;
    if (op === DIFF_EQUAL) {
      flush();
      out.push({ equal: true, a: a.slice(i, i + n), b: b.slice(j, j + n) });
      i += n;
      j += n;
    } else if (op === DIFF_DELETE) {
      pending.a.push(...a.slice(i, i + n));
      i += n;
    } else if (op === DIFF_INSERT) {
      pending.b.push(...b.slice(j, j + n));
      j += n;
    }
  }
  flush();
  return out;
}

type Pair = { kind: SegmentKind; a: Unit[]; b: Unit[] };

/** Whether two words are one word read twice, as OCR-tolerant search has it. */
export function sameWord(x: string, y: string): boolean {
  if (x === y) return true;
  return Math.min(x.length, y.length) >= FUZZY_MIN_LENGTH && distance(x, y) <= FUZZY_MAX_DISTANCE;
}

// Two different words opposite each other are one difference, cheaper than two unmatched words,
// so that a misread neighbour of a redaction stays beside it rather than going into it.
const substitution = (x: string, y: string) => (sameWord(x, y) ? distance(x, y) / Math.max(x.length, y.length) : 1);

/** What the k-th word (from 1) a redaction takes costs, by what its extent says. */
function takeCost(redaction: Unit, word: Unit, k: number): number {
  const e = redaction.extent;
  let cost = REDACTION_WORD_COST;
  if (e?.unit === "names") {
    if (!word.capital) cost += NOT_A_NAME_COST;
    if (e.quantity !== null && k > WORDS_PER_NAME * e.quantity) cost += 1;
  } else if (e?.unit === "lines" && e.quantity !== null && k > WORDS_PER_LINE * e.quantity) {
    cost += 1;
  } else if (e?.unit === "words" && e.quantity !== null && k > e.quantity) {
    cost += 1;
  }
  return cost;
}

/**
 * A stretch between anchors aligned by dynamic programming: words pair (OCR-tolerantly) or stay
 * unmatched, and a redaction on either side takes the run of the other side's words opposite it.
 */
function alignStretch(a: Unit[], b: Unit[]): Pair[] {
  if (a.length * b.length > MAX_STRETCH_CELLS) return [{ kind: "differs", a, b }];
  const n = a.length;
  const m = b.length;
  // cost[i][j]: the best alignment of a[0, i) with b[0, j); from[i][j] how it was reached.
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<[number, number, SegmentKind]>(m + 1));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const c = cost[i][j];
      if (c === Infinity) continue;
      const relax = (ni: number, nj: number, add: number, kind: SegmentKind) => {
        if (c + add < cost[ni][nj]) {
          cost[ni][nj] = c + add;
          from[ni][nj] = [i, j, kind];
        }
      };
      const ua = a[i];
      const ub = b[j];
      if (ua && ua.key === null) {
        // A redaction here stands for the next k words there (k ≥ 0), or both withhold the same place.
        if (ub && ub.key === null) relax(i + 1, j + 1, 0, "same");
        relax(i + 1, j, 1, "redacted-here");
        for (let k = 1, taken = 0; j + k <= m && b[j + k - 1].key !== null; k++) relax(i + 1, j + k, (taken += takeCost(ua, b[j + k - 1], k)), "redacted-here");
      }
      if (ub && ub.key === null && ua?.key !== null) {
        relax(i, j + 1, 1, "redacted-there");
        for (let k = 1, taken = 0; i + k <= n && a[i + k - 1].key !== null; k++) relax(i + k, j + 1, (taken += takeCost(ub, a[i + k - 1], k)), "redacted-there");
      }
      if (ua && ub && ua.key !== null && ub.key !== null) {
        const s = substitution(ua.key, ub.key);
        relax(i + 1, j + 1, s, sameWord(ua.key, ub.key) ? "same" : "differs");
      }
      if (ua && ua.key !== null) relax(i + 1, j, 1, "differs");
      if (ub && ub.key !== null) relax(i, j + 1, 1, "differs");
    }
  }
  const pairs: Pair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [pi, pj, kind] = from[i][j];
    pairs.push({ kind, a: a.slice(pi, i), b: b.slice(pj, j) });
    i = pi;
    j = pj;
  }
  return pairs.reverse();
}

/** Pairs as segments: runs of one kind merged, a redaction opposite nothing a difference. */
function segmentsOf(pairs: Pair[], hereText: string, thereText: string): Segment[] {
  const segments: Segment[] = [];
  // Where the next segment starts on a side whose units it lacks (an insertion's other side).
  let atA = 0;
  let atB = 0;
  pairs.forEach((p, n) => {
    let kind = p.kind;
    if ((kind === "redacted-here" && p.b.length === 0) || (kind === "redacted-there" && p.a.length === 0)) kind = "differs";
    // A word beside the redaction that matched nothing could as well be the one the redaction
    // took: the words offered are then a guess, and a guess is not offered.
    const lone = (q: Pair | undefined) => q?.kind === "differs" && (kind === "redacted-here" ? q.a.length > 0 && q.b.length === 0 : q.b.length > 0 && q.a.length === 0);
    if ((kind === "redacted-here" || kind === "redacted-there") && (lone(pairs[n - 1]) || lone(pairs[n + 1]))) kind = "differs";
    const opposite = kind === "redacted-here" ? p.b : kind === "redacted-there" ? p.a : [];
    const redaction = kind === "redacted-here" ? p.a[0] : kind === "redacted-there" ? p.b[0] : undefined;
    if (redaction && !plausibleReading(redaction, opposite)) kind = "differs";
    const span = (units: Unit[], at: number, text: string): SideSpan => {
      const start = units.length ? units[0].start : at;
      const end = units.length ? units[units.length - 1].end : at;
      return { start, end, text: text.slice(start, end) };
    };
    const here = span(p.a, atA, hereText);
    const there = span(p.b, atB, thereText);
    atA = here.end;
    atB = there.end;
    const last = segments[segments.length - 1];
    // Runs of agreement or of difference read as one; each redaction stays a segment of its own.
    if (last && last.kind === kind && (kind === "same" || kind === "differs")) {
      last.here = joined(last.here, here, hereText);
      last.there = joined(last.there, there, thereText);
    } else {
      segments.push({ kind, here, there });
    }
  });
  return segments;
}

/**
 * Whether the words opposite a redaction can be what it withholds: not a bracket the OCR garbled
 * (its own wording, "declassified" or mostly "less than 1 line of source text"), not dirt alone
 * (no word of three characters), and, for a redaction of whole lines, at least MIN_WORDS_PER_LINE
 * words a line. Offering anything else would put words in a release that are not its.
 */
function plausibleReading(redaction: Unit, words: Unit[]): boolean {
  const keys = words.flatMap((w) => (w.key === null ? [] : [w.key]));
  if (keys.some((k) => isDeclassified(k))) return false;
  if (keys.filter((k) => isBracketWord(k)).length * 2 > keys.length && keys.length > 1) return false;
  if (!keys.some((k) => k.length >= 3)) return false;
  const e = redaction.extent;
  if (e?.unit === "lines" && e.quantity !== null && !e.atMost && keys.length < MIN_WORDS_PER_LINE * e.quantity) return false;
  return true;
}

/** The fewest words a typed line of prose holds (a line of short words, or a heading, has three). */
export const MIN_WORDS_PER_LINE = 3;

function joined(x: SideSpan, y: SideSpan, text: string): SideSpan {
  if (x.start === x.end) return y.start === y.end ? { start: x.start, end: y.end, text: "" } : y;
  if (y.start === y.end) return x;
  return { start: x.start, end: y.end, text: text.slice(x.start, y.end) };
}
