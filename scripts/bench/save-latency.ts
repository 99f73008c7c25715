// Section 1 of `npm run bench` (issue 1): what a one-word fix costs to save (diff, patch, hash,
// store) at 20 KB, 200 KB and 1 MB, through the data layer and through the HTTP API.
import { performance } from "node:perf_hooks";
import { createDocument } from "../../lib/data/documents/create-document";
import { createRevision } from "../../lib/data/revisions/create-revision";
import { kb, ms, oneWordFix, postJson, postRaw, type BenchContext, type BenchServer } from "./context";
import { quantile, rng, verdict } from "./statistics";

const SIZES = [20 * 1024, 200 * 1024, 1024 * 1024];
const savesOf = (ctx: BenchContext) => (ctx.quick ? 10 : 40);
const target = (size: number, times: number[]) => (size === 200 * 1024 ? `  (target p50 ≤ 30 ms: ${verdict(quantile(times, 0.5) <= 30)})` : "");

export async function benchSaveLatency(ctx: BenchContext) {
  console.log("Save latency, one word fixed (diff, patch, hash, store):");
  for (const size of SIZES) {
    const text = ctx.sampleOfSize(size);
    const doc = await createDocument({ title: `latency ${size}`, text, facts: ctx.facts, authorId: ctx.authorId });
    const times = await timeWordFixes(ctx, doc.id, text, savesOf(ctx), rng(size));
    console.log(`  data layer ${kb(size).padStart(9)}: p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}${target(size, times)}`);
  }
}

/** Saves `count` one-word fixes through the data layer, from revision 0 on; the time of each. */
export async function timeWordFixes(ctx: BenchContext, documentId: string, start: string, count: number, random: () => number): Promise<number[]> {
  let text = start;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = oneWordFix(text, random);
    const t0 = performance.now();
    await createRevision({ documentId, baseSeq: i, text: next, message: "fix", authorId: ctx.authorId });
    times.push(performance.now() - t0);
    text = next;
  }
  return times;
}

/** Times POST /api/documents/:id/revisions, the body already serialised. */
export async function benchHttpSaveLatency(server: BenchServer, ctx: BenchContext) {
  // A fresh server compiles its routes and JIT-warms on first use: 20 unmeasured saves first.
  let warm = ctx.sampleOfSize(50 * 1024) + " warm-up";
  const warmDoc = await postJson<{ id: string }>(server, "/api/documents", { title: "warm-up", text: warm });
  const random = rng(99);
  for (let i = 0; i < 20; i++) {
    warm = oneWordFix(warm, random);
    await postRaw(server, `/api/documents/${warmDoc.id}/revisions`, JSON.stringify({ baseSeq: i, text: warm, message: "warm-up" }));
  }
  for (const size of SIZES) {
    const random = rng(size + 1);
    let text = ctx.sampleOfSize(size) + " http";
    const created = await postJson<{ id: string }>(server, "/api/documents", { title: `http ${size}`, text });
    const times: number[] = [];
    const inApp: number[] = [];
    for (let i = 0; i < savesOf(ctx); i++) {
      const next = oneWordFix(text, random);
      const body = JSON.stringify({ baseSeq: i, text: next, message: "fix" });
      const t0 = performance.now();
      const res = await postRaw(server, `/api/documents/${created.id}/revisions`, body);
      if (res.status !== 201) throw new Error(`save answered ${res.status}: ${res.body}`);
      times.push(performance.now() - t0);
      inApp.push(Number(/dur=([\d.]+)/.exec(res.serverTiming)?.[1] ?? NaN));
      text = next;
    }
    console.log(
      `  HTTP API   ${kb(size).padStart(9)}: p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} (in the handler: p50 ${ms(quantile(inApp, 0.5))})${target(size, times)}`,
    );
  }
}
