// Release recovery (issue 25): on pairs of releases made from the FRUS corpus's ground truth
// (scripts/bench/release-pairs.ts), how many spans withheld in one release and shown in the other
// the comparison recovers exactly (the very words withheld, whatever the OCR made of them), and
// how many it recovers falsely (words that are not the withheld ones). Targets: ≥ 95 % exact on
// the light level, ≥ 85 % on heavy, 0 false.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diff_match_patch } from "diff-match-patch";
import { placeWords } from "../../lib/layers/place-words";
import { characterErrorRate } from "../../lib/metrics/cer";
import { compareReleases } from "../../lib/records/compare-releases";
import { findRedactions } from "../../lib/records/find-redactions";
import { openOcrEngine, type OcrEngine } from "../../lib/server/ocr/read-page-image";
import { candidateSpans, makeRelease, typeset, type Release } from "./release-pairs";
import { rng, verdict } from "./statistics";

const FRUS = new URL("../../../shared/corpus/frus/", import.meta.url);
const TARGET = { light: 0.95, heavy: 0.85 } as const;
/** OCR of each typeset page, kept between runs by the image's hash: reading is most of the time. */
const CACHE = join(tmpdir(), "workbench-bench-release-ocr");

type Outcome = "exact" | "partial" | "missed" | "false";

export async function benchReleases({ quick }: { quick: boolean }) {
  console.log("\n== Releases compared (issue 25): spans withheld in one release, recovered from the other ==");
  if (!existsSync(FRUS)) {
    console.log("  skipped: ../shared/corpus/frus is not beside the project");
    return;
  }
  mkdirSync(CACHE, { recursive: true });
  const pages = readdirSync(FRUS).filter((f) => f.endsWith(".gt.txt")).sort();
  const chosen = quick ? pages.filter((_, i) => i % 4 === 0) : pages;
  const engine = await openOcrEngine("eng");
  try {
    for (const level of ["light", "heavy"] as const) {
      const counts: Record<Outcome, number> = { exact: 0, partial: 0, missed: 0, false: 0 };
      const cers: number[] = [];
      let readMs = 0;
      for (const [p, file] of chosen.entries()) {
        const truth = readFileSync(new URL(file, FRUS), "utf8");
        const spans = candidateSpans(truth);
        if (spans.length < 2) continue;
        // Each release withholds about a third of the spans, none of the other's.
        const random = rng(p * 7919 + 1);
        const sideOf = spans.map(() => (random() < 0.35 ? "a" : random() < 0.55 ? "b" : "-"));
        const releases = (["a", "b"] as const).map((side) => makeRelease(truth, spans, new Set(spans.flatMap((_, i) => (sideOf[i] === side ? [i] : [])))));
        const read = [];
        for (const [k, release] of releases.entries()) {
          const t0 = performance.now();
          const ocr = await readCached(engine, await typeset(release.text, level, p * 2 + k + 1));
          readMs += performance.now() - t0;
          cers.push(characterErrorRate(release.text.replace(/\s+/g, " ").trim(), ocr.replace(/\s+/g, " ").trim()));
          read.push(ocr);
        }
        for (const [here, there] of [[0, 1], [1, 0]] as const) {
          for (const outcome of recoveries(releases[here], read[here], releases[there], read[there])) counts[outcome]++;
        }
      }
      const spans = counts.exact + counts.partial + counts.missed;
      const share = spans ? counts.exact / spans : 0;
      const cer = cers.reduce((a, b) => a + b, 0) / Math.max(1, cers.length);
      console.log(
        `  ${level.padEnd(5)} (${chosen.length} FRUS pages, typeset twice; OCR CER of the releases ${(cer * 100).toFixed(1)} %, ${(readMs / 1000).toFixed(0)} s reading): ` +
          `${counts.exact} of ${spans} withheld spans recovered exactly = ${(share * 100).toFixed(1)} % (target ≥ ${TARGET[level] * 100} %: ${verdict(share >= TARGET[level])}); ` +
          `${counts.partial} partly, ${counts.missed} missed; ${counts.false} recovered falsely (target 0: ${verdict(counts.false === 0)})`,
      );
    }
  } finally {
    await engine.close();
  }
}

/**
 * Each span the first release withholds and the second shows, judged by what the comparison of
 * their OCR offers for it: the words of the second release's truth under the offered text, mapped
 * back through the OCR, are the withheld words (exact), some of them (partial), none (false), or
 * nothing is offered (missed). An offer for a bracket withheld in both is false too.
 */
function recoveries(hereRelease: Release, hereOcr: string, thereRelease: Release, thereOcr: string): Outcome[] {
  const segments = compareReleases({ text: hereOcr, redactions: findRedactions(hereOcr) }, { text: thereOcr, redactions: findRedactions(thereOcr) });
  const toOcr = offsetMap(hereRelease.text, hereOcr);
  const toTruth = offsetMap(thereOcr, thereRelease.text);
  const offers = segments.filter((s) => s.kind === "redacted-here");
  const outcomes: Outcome[] = [];
  const wordsIn = (text: string, start: number, end: number) => new Set([...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => m.index < end && start < m.index + m[0].length).map((m) => m.index));
  for (const [i, bracket] of hereRelease.brackets) {
    const truth = thereRelease.shown.get(i);
    if (!truth) continue;
    const start = toOcr(bracket.start);
    const end = toOcr(bracket.end);
    const offer = offers.find((s) => s.here.start < end && start < s.here.end);
    if (!offer) {
      outcomes.push("missed");
      if (process.env.BENCH_DEBUG) console.log(`    missed: ${JSON.stringify(hereOcr.slice(Math.max(0, start - 30), end + 30))}`);
      continue;
    }
    // Words the OCR misread past recognition map to where the truth's words start: at least that word is under the offer.
    const from = toTruth(offer.there.start);
    const firstWord = /[\p{L}\p{N}]/u.exec(thereRelease.text.slice(from))?.index ?? 0;
    const offered = wordsIn(thereRelease.text, from, Math.max(toTruth(offer.there.end), from + firstWord + 1));
    const wanted = wordsIn(thereRelease.text, truth.start, truth.end);
    const shared = [...offered].filter((w) => wanted.has(w)).length;
    const outcome = shared === wanted.size && offered.size === wanted.size ? "exact" : shared > 0 ? "partial" : "false";
    if (process.env.BENCH_DEBUG && outcome !== "exact") console.log(`    ${outcome}: ${JSON.stringify(offer.here.text)} → ${JSON.stringify(offer.there.text)} (read as ${JSON.stringify(thereRelease.text.slice(from, from + 40))}); truth ${JSON.stringify(thereRelease.text.slice(truth.start, truth.end))}`);
    outcomes.push(outcome);
  }
  // Brackets both releases carry: nothing may be offered for them.
  for (const r of hereRelease.original) {
    const start = toOcr(r.start);
    const end = toOcr(r.end);
    const offer = offers.find((s) => s.here.start < end && start < s.here.end && s.there.text.trim() && !findRedactions(s.there.text).length);
    if (offer) {
      if (process.env.BENCH_DEBUG) console.log(`    false (withheld in both): ${JSON.stringify(offer.here.text)} → ${JSON.stringify(offer.there.text)}`);
      outcomes.push("false");
    }
  }
  return outcomes;
}

/** Offsets of `from` as offsets of `to`, through their character diff. */
function offsetMap(from: string, to: string): (offset: number) => number {
  const dmp = new diff_match_patch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(from, to);
  return (offset) => dmp.diff_xIndex(diffs, offset);
}

async function readCached(engine: OcrEngine, image: Buffer): Promise<string> {
  const file = join(CACHE, `${createHash("sha256").update(image).digest("hex")}.txt`);
  if (existsSync(file)) return readFileSync(file, "utf8");
  const text = placeWords(await engine.read(image)).text;
  writeFileSync(file, text);
  return text;
}
