// Section 4 of `npm run bench` (issue 2): how many annotations survive OCR-like corrections,
// against Hypothesis's quote-only method, and what re-anchoring adds to a save.
import { createAnnotation } from "../../lib/data/annotations/create-annotation";
import { createDocument } from "../../lib/data/documents/create-document";
import { correctShare, runAnchoringAccuracy, type Tally } from "./anchoring-accuracy";
import { ms, type BenchContext } from "./context";
import { timeWordFixes } from "./save-latency";
import { quantile, rng, verdict } from "./statistics";

export async function benchAnnotations(ctx: BenchContext) {
  console.log("\nAnnotations that survive corrections:");
  const accuracy = runAnchoringAccuracy(ctx.quick ? 1 : 3);
  const describe = (t: Tally) =>
    `${t.exact} exact, ${t.fuzzyCorrect} fuzzy-correct, ${t.orphanedCorrectly} orphaned correctly, ${t.missed} orphaned needlessly, ${t.wrong} wrong attachments: ${(100 * correctShare(t)).toFixed(2)} % correct`;
  console.log(`  ${accuracy.ours.spans} annotated spans on the report and the memos, ${accuracy.revisions} revisions of OCR-like corrections, some spans deleted:`);
  console.log(`  workbench (map, verify, local search): ${describe(accuracy.ours)}`);
  console.log(`  quote-only (Hypothesis's method):      ${describe(accuracy.quoteOnly)}`);
  console.log(
    `  targets: 0 wrong attachments (${verdict(accuracy.ours.wrong === 0)}), ≥ 99 % correct (${verdict(correctShare(accuracy.ours) >= 0.99)}), ` +
      `better than quote-only (${verdict(correctShare(accuracy.ours) > correctShare(accuracy.quoteOnly) && accuracy.ours.wrong < accuracy.quoteOnly.wrong)})`,
  );
  await reanchorSpeed(ctx);
}

/** A one-word correction on a 1 MB document with and without 1,000 annotations to re-anchor. */
async function reanchorSpeed(ctx: BenchContext) {
  const random = rng(77);
  const runs = ctx.quick ? 8 : 25;
  const timesFor = async (annotations: number) => {
    const text = ctx.sampleOfSize(1024 * 1024) + ` reanchor ${annotations}`;
    const doc = await createDocument({ title: `reanchor ${annotations}`, text, facts: ctx.facts, authorId: ctx.authorId });
    const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
    const step = Math.floor(words.length / Math.max(1, annotations));
    for (let i = 0; i < annotations; i++) {
      const w = words[i * step];
      await createAnnotation({ documentId: doc.id, start: w.index ?? 0, end: (w.index ?? 0) + w[0].length, tag: "person", authorId: ctx.authorId });
    }
    return quantile(await timeWordFixes(ctx, doc.id, text, runs, random), 0.5);
  };
  const without = await timesFor(0);
  const withAnnotations = await timesFor(1000);
  const cost = withAnnotations - without;
  console.log(
    `  Save of a one-word fix on 1 MB: p50 ${ms(without)} without annotations, ${ms(withAnnotations)} with 1,000 to re-anchor ` +
      `(re-anchoring adds ${ms(cost)}; target ≤ 100 ms: ${verdict(cost <= 100)})`,
  );
}
