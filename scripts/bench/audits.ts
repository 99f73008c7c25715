// Audit sampling (issue 26): does the interval an audit reports cover the true remaining CER of
// the approved text? Each corpus's ground-truth pages stand for a collection's approved documents;
// residual errors are put into them at three levels (a few lines with one slip, more lines with
// two or three, many lines with several), placed afresh for each simulated audit; each audit draws
// the default sample (stratified by document), "corrects" each drawn line back to the ground truth
// and reports its 95 % interval. Target: the interval covers the true CER in ≥ 95 % of 200 audits.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { seeded } from "../../lib/metrics/seeded-random";
import { allocate, auditableLines, defaultSampleSize, estimateCer, lineChars, lineErrors, pick, type CheckedLine } from "../../lib/team/audit-sample";
import { verdict } from "./statistics";

const CORPORA = { typescripts: new URL("../../../shared/corpus/typescripts/", import.meta.url), frus: new URL("../../../shared/corpus/frus/", import.meta.url) };
const TARGET = 0.95;
/** The issue's count; a coverage measured on 200 audits is itself uncertain by ±1.5 points (one standard error). */
const AUDITS = 200;
/** Enough audits to know the method's own coverage to ±0.5 points, printed beside the target's figure. */
const PRECISE = 2000;

/** Residual errors: the share of lines carrying any, and the mean number of slips in such a line. */
const LEVELS = { "a few slips": { lines: 0.04, slips: 1.5 }, "some": { lines: 0.12, slips: 2.5 }, "many": { lines: 0.35, slips: 4 } } as const;
/** What OCR leaves behind: a letter for a look-alike, a dropped or doubled letter. */
const CONFUSIONS: [string, string][] = [["e", "c"], ["l", "1"], ["o", "0"], ["rn", "m"], ["h", "b"], ["u", "n"], ["i", "l"], ["a", "o"], ["S", "5"], ["t", "f"]];

function withSlips(line: string, slips: number, random: () => number): string {
  let out = line;
  for (let k = 0; k < slips; k++) {
    const at = Math.floor(random() * out.length);
    const roll = random();
    const hit = CONFUSIONS.find(([from]) => out.startsWith(from, at));
    if (hit && roll < 0.7) out = out.slice(0, at) + hit[1] + out.slice(at + hit[0].length);
    else if (roll < 0.85) out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + out.charAt(at) + out.slice(at);
  }
  return out;
}

/** A Poisson count with this mean (Knuth's method: the means here are small). */
function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

export function benchAudits({ quick }: { quick: boolean }) {
  console.log("\n== Audit sampling (issue 26): 95 % intervals of the remaining CER against the truth ==");
  const audits = quick ? 50 : AUDITS;
  const rows: string[] = [];
  for (const [corpus, dir] of Object.entries(CORPORA)) {
    if (!existsSync(dir)) {
      console.log(`  skipped ${corpus}: not beside the project`);
      continue;
    }
    const pages = readdirSync(dir).filter((f) => f.endsWith(".gt.txt")).sort().map((f) => auditableLines(readFileSync(new URL(f, dir), "utf8")).map((l) => l.text));
    const lines = pages.reduce((a, p) => a + p.length, 0);
    const characters = pages.reduce((a, p) => a + p.reduce((b, l) => b + lineChars(l), 0), 0);
    const n = defaultSampleSize({ lines, characters });
    const strata = new Map(pages.map((p, i) => [String(i), p.length]));
    for (const [level, { lines: share, slips }] of Object.entries(LEVELS)) {
      const run = (count: number) => {
        let covered = 0;
        const widths: number[] = [];
        const truths: number[] = [];
        for (let a = 0; a < count; a++) {
          const random = seeded(1000 * a + level.length);
          // The approved collection: residual slips placed afresh for each audit.
          const approved = pages.map((p) => p.map((l) => (random() < share ? withSlips(l, 1 + poisson(slips - 1, random), random) : l)));
          const errors = pages.reduce((sum, p, i) => sum + p.reduce((s, l, j) => s + lineErrors(approved[i][j], l), 0), 0);
          const truth = errors / characters;
          const allocation = allocate(pages.map((p) => p.length), n);
          const checked: CheckedLine[] = pages.flatMap((p, i) => pick(p.length, allocation[i], random).map((j) => ({ stratum: String(i), chars: lineChars(p[j]), errors: lineErrors(approved[i][j], p[j]) })));
          const e = estimateCer(checked, strata)!;
          if (e.low <= truth && truth <= e.high) covered++;
          widths.push(e.high - e.low);
          truths.push(truth);
        }
        const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
        return { coverage: covered / count, width: mean(widths) / 2, truth: mean(truths) };
      };
      const target = run(audits);
      const precise = quick ? null : run(PRECISE);
      rows.push(
        `  ${corpus.padEnd(12)} ${level.padEnd(12)} true CER ${(100 * target.truth).toFixed(2).padStart(5)} %  ${lines} lines, sample ${n}  covered in ${audits}: ${(100 * target.coverage).toFixed(1).padStart(5)} % (target ≥ ${TARGET * 100} %: ${verdict(target.coverage >= TARGET)})` +
          `${precise ? `  in ${PRECISE}: ${(100 * precise.coverage).toFixed(1)} %` : ""}  mean interval ±${(100 * target.width).toFixed(2)} points`,
      );
    }
  }
  console.log(rows.join("\n"));
}
