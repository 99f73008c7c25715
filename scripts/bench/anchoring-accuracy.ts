// Anchoring accuracy: annotate many spans, apply OCR-like corrections over several revisions
// (deleting some spans outright), re-anchor, and compare every result with where the span
// really went. The same spans are also re-anchored by Hypothesis's quote-only method.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { matchQuote } from "../../lib/anchoring/match-quote";
import { quoteAt } from "../../lib/anchoring/quote";
import { reanchorAll } from "../../lib/anchoring/reanchor";
import type { Anchor, AnchorResult } from "../../lib/anchoring/types";
import { makeRevision } from "../../lib/revisions/make-revision";
import { deleteSpan, randomEdit, textOf, track, truthOf, type Truth } from "./ocr-edits";
import { rng } from "./statistics";

export interface Tally {
  spans: number;
  exact: number;
  fuzzyCorrect: number;
  orphanedCorrectly: number;
  /** Orphaned although most of the span's text survived. */
  missed: number;
  wrong: number;
}

const emptyTally = (): Tally => ({ spans: 0, exact: 0, fuzzyCorrect: 0, orphanedCorrectly: 0, missed: 0, wrong: 0 });
export const correctShare = (t: Tally) => (t.exact + t.fuzzyCorrect + t.orphanedCorrectly) / Math.max(1, t.spans);

function loadTexts(): { name: string; text: string }[] {
  const root = new URL("../../samples/", import.meta.url).pathname;
  const memos = readdirSync(join(root, "memos")).map((f) => ({ name: f, text: readFileSync(join(root, "memos", f), "utf8") }));
  return [{ name: "csdb-18851", text: readFileSync(join(root, "csdb-18851.ocr.txt"), "utf8") }, ...memos];
}

/** Word-aligned spans of one to four words. */
function pickSpans(text: string, count: number, random: () => number): Anchor[] {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const spans: Anchor[] = [];
  for (let i = 0; i < count && words.length > 4; i++) {
    const w = Math.floor(random() * (words.length - 4));
    const n = 1 + Math.floor(random() * 4);
    const last = words[Math.min(words.length - 1, w + n - 1)];
    if (text.slice(words[w].start, last.end).includes("\n")) continue;
    spans.push(quoteAt(text, words[w].start, last.end));
  }
  return spans;
}

type Outcome = { status: "anchored" | "fuzzy" | "orphaned"; start: number; end: number };

export const examples: string[] = [];

/**
 * A live result is correct when it holds at least half of the span's surviving characters and
 * is not mostly made of other text; a span with under half its characters left may be orphaned.
 */
function judge(tally: Tally, outcome: Outcome, truth: Truth, debug?: () => string) {
  tally.spans++;
  const inside = truth.positions.filter((p) => p.start >= outcome.start && p.end <= outcome.end).length;
  const survivingUnits = truth.positions.reduce((n, p) => n + p.end - p.start, 0);
  const inPlace = outcome.start >= truth.gap.start && outcome.end <= truth.gap.end;
  // Text that replaced the span where it stood (an OCR letter corrected) is the span's own place.
  const covers = inPlace && truth.positions.length === 0
    ? outcome.end > outcome.start
    : truth.positions.length > 0 && inside >= 0.5 * truth.positions.length && outcome.end - outcome.start <= 3 * survivingUnits + 16;
  if (outcome.status === "orphaned") {
    if (truth.surviving < 0.5) tally.orphanedCorrectly++;
    else {
      tally.missed++;
      if (debug && process.env.BENCH_DEBUG) examples.push("MISSED " + debug());
    }
  } else if (!covers) {
    tally.wrong++;
    if (debug && process.env.BENCH_DEBUG) examples.push("WRONG " + debug());
  } else if (outcome.status === "anchored") tally.exact++;
  else tally.fuzzyCorrect++;
}

/** Hypothesis's method: search the whole new text for the original quote, with its weighting. */
function quoteOnly(anchor: Anchor, text: string): Outcome {
  const match = matchQuote(text, anchor.exact, { prefix: anchor.prefix, suffix: anchor.suffix, hint: anchor.start });
  if (!match) return { status: "orphaned", start: 0, end: 0 };
  return { status: match.quoteScore === 1 ? "anchored" : "fuzzy", start: match.start, end: match.end };
}

/** Runs `rounds` rounds over every sample text; returns both methods' tallies. */
export function runAnchoringAccuracy(rounds = 3): { ours: Tally; quoteOnly: Tally; revisions: number } {
  const ours = emptyTally();
  const hypo = emptyTally();
  let revisions = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [i, { text }] of loadTexts().entries()) {
      const random = rng(1000 * round + i + 1);
      const spans = pickSpans(text, text.length > 5000 ? 300 : 40, random);
      const tracked = track(text);
      // Some spans are deleted outright; the rest of the edits fall near spans or anywhere.
      for (const s of spans) if (random() < 0.08) deleteSpan(tracked, s.start, s.end, random);
      let current: (Anchor | AnchorResult)[] = spans;
      let prev = text;
      for (let rev = 0; rev < 3; rev++) {
        const edits = Math.max(3, Math.floor(spans.length / 4));
        for (let e = 0; e < edits; e++) {
          const near = spans[Math.floor(random() * spans.length)];
          const around = random() < 0.7 ? [...text.slice(0, near.start)].length : Math.floor(random() * tracked.chars.length);
          randomEdit(tracked, Math.min(around, tracked.chars.length - 1), random);
        }
        const next = textOf(tracked);
        const diffs = makeRevision(prev, next).diffs;
        const live = current.map((a, k) => ({ a, k })).filter(({ a }) => !("status" in a) || a.status !== "orphaned");
        const moved = reanchorAll(live.map(({ a }) => a), diffs, next);
        current = current.slice();
        live.forEach(({ k }, j) => (current[k] = moved[j]));
        prev = next;
        revisions++;
      }
      const final = textOf(tracked);
      spans.forEach((s, k) => {
        const truth = truthOf(tracked, s.start, s.end);
        const r = current[k] as AnchorResult;
        judge(ours, { status: r.status, start: r.start, end: r.end }, truth, () =>
          JSON.stringify({ was: s.exact, truth: truth.positions.map((p) => final.slice(p.start, p.end)).join(""), surviving: truth.surviving.toFixed(2), got: r.status, gotText: final.slice(r.start, r.end), exact: r.exact, at: [r.start, r.end], truthAt: truth.positions.map((p) => p.start), gap: truth.gap, ctx: final.slice(Math.max(0, r.start - 30), r.end + 30) }),
        );
        judge(hypo, quoteOnly(s, final), truth);
      });
    }
  }
  return { ours, quoteOnly: hypo, revisions };
}
