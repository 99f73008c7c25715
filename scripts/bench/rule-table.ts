// `npm run bench -- --only=rules`: what each rule finds and what it gets wrong, on both corpora
// (as text, nothing learned), and `--only=constants`: each rule's tuned constants moved to either
// side of their value, with what that does to F1 and to false alarms on clean text.
import { englishLexicon } from "../../lib/server/lexicon/english-lexicon";
import { WORD_EVIDENCE } from "../../lib/suggest/evidence";
import { RULES } from "../../lib/suggest/rules";
import type { Constant } from "../../lib/suggest/rules/constant";
import { corpusLevel, falseAlarms, runDetector, type CorpusLevel } from "./suggestion-runs";
import { CORPORA, corpusPresent } from "./suggestion-quality";

type Lexicon = ReturnType<typeof englishLexicon>;

function measureAll(runs: CorpusLevel[], lexicon: Lexicon) {
  return {
    levels: runs.map((c) => ({ c, f: runDetector(c, lexicon, { input: "text", warm: false }) })),
    warm: runs.map((c) => ({ c, f: runDetector(c, lexicon, { input: "text", warm: true }) })),
    clean: CORPORA.filter((c) => corpusPresent(c)).map((c) => ({ corpus: c, a: falseAlarms(c, lexicon) })),
  };
}

const levelsOf = () => CORPORA.filter((c) => corpusPresent(c)).flatMap((c) => (["light", "heavy"] as const).map((l) => corpusLevel(c, l)));

export function benchRules() {
  const lexicon = englishLexicon();
  const { levels, clean } = measureAll(levelsOf(), lexicon);
  console.log("\nSuggestion rules, in the order they are asked (errors found / false alarms, as text, nothing learned; false alarms on clean text):");
  console.log(`  ${"rule".padEnd(22)} ${levels.map(({ c }) => `${c.corpus} ${c.level}`.padEnd(18)).join(" ")} ${clean.map((x) => `${x.corpus} clean`.padEnd(18)).join(" ")}`);
  for (const rule of RULES) {
    const cells = levels.map(({ f }) => `${f.byRule[rule.name]?.tp ?? 0} / ${f.byRule[rule.name]?.fp ?? 0}`.padEnd(18));
    console.log(`  ${rule.name.padEnd(22)} ${cells.join(" ")} ${clean.map((x) => String(x.a.byRule[rule.name] ?? 0).padEnd(18)).join(" ")}`);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}`;
  const totals = levels.map(({ f }) => `P ${pct(f.p)} R ${pct(f.r)}`.padEnd(18));
  console.log(`  ${"all".padEnd(22)} ${totals.join(" ")} ${clean.map((x) => `${x.a.perThousand.toFixed(2)} / 1,000`.padEnd(18)).join(" ")}`);
}

/** Each constant at value ÷ 2 and × 2 (large ones), or ± 1 (small whole ones), or ± a quarter (fractions). */
function neighbours(v: number): number[] {
  if (v >= 10) return [v / 2, v * 2];
  if (Number.isInteger(v)) return [v - 1, v + 1];
  return [v * 0.75, v * 1.25];
}

export function benchConstants() {
  const lexicon = englishLexicon();
  const runs = levelsOf();
  const summary = () => {
    const m = measureAll(runs, lexicon);
    const cold = m.levels.map(({ c, f }) => `${c.corpus[0]}${c.level[0]} ${f.f1.toFixed(3)}`).join(" ");
    const warm = m.warm.map(({ c, f }) => `${c.corpus[0]}${c.level[0]} ${f.f1.toFixed(3)}`).join(" ");
    const clean = m.clean.map((x) => `${x.corpus[0]} ${x.a.perThousand.toFixed(2)}`).join(" ");
    return `F1 cold ${cold} | warm ${warm} | clean ${clean}`;
  };
  console.log("\nSuggestion constants, each moved to either side (F1 per corpus and level, t = typescripts, f = FRUS; false flags per 1,000 clean words):");
  console.log(`  as set: ${summary()}`);
  const all: [string, Record<string, Constant>][] = [["word evidence", WORD_EVIDENCE], ...RULES.map((r) => [r.name, r.constants] as [string, Record<string, Constant>])];
  for (const [owner, constants] of all) {
    for (const [name, c] of Object.entries(constants)) {
      const value = c.value;
      for (const v of neighbours(value)) {
        // The bench alone moves a constant, for the length of one measurement.
        (c as { value: number }).value = v;
        console.log(`  ${owner}.${name} ${value} → ${v}: ${summary()}`);
      }
      (c as { value: number }).value = value;
    }
  }
}
