// The "load" section of `npm run bench` (issue 9): throughput with 32 connections against the
// JSON read of a 15 KB document and the signed-in document page, beside a page that reads nothing.
import { BENCH_ADMIN, kb, ms, postJson, type BenchContext, type BenchServer } from "./context";
import { load, medianLoad, signInCookie, type LoadFigures } from "./load";
import { median as medianOf, verdict } from "./statistics";

export async function benchUnderLoad(server: BenchServer, ctx: BenchContext) {
  const text = ctx.sampleOfSize(15 * 1024) + " load";
  const { id } = await postJson<{ id: string }>(server, "/api/documents", { title: "load bench", text });
  // Twenty annotations, as a worked document carries, on words the sample repeats.
  for (const w of [...text.matchAll(/\b[A-Z][a-z]{5,}\b/g)].slice(0, 20)) {
    await postJson(server, `/api/documents/${id}/annotations`, { start: w.index, end: (w.index ?? 0) + w[0].length, tag: "person" });
  }
  const seconds = ctx.quick ? 5 : 10;
  console.log(`\nUnder load (autocannon, 32 connections, ${seconds} s each, server and client on this machine):`);
  const runs = ctx.quick ? 1 : 3;
  const ofRuns = runs > 1 ? ", median of 3 runs" : "";
  const failures = (f: LoadFigures) => (f.errors || f.non2xx ? `; ${f.errors} errors, ${f.non2xx} non-2xx` : "");
  const json = await medianLoad(`${server.base}/api/documents/${id}`, { authorization: `Bearer ${server.token}` }, { seconds, runs });
  console.log(
    `  GET /api/documents/:id (15 KB)${ofRuns}: ${json.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(json.p50)}, p99 ${ms(json.p99)}` +
      ` (targets ≥ 300 req/s: ${verdict(json.requestsPerSecond >= 300)}; p99 ≤ 100 ms: ${verdict(json.p99 <= 100)})${failures(json)}`,
  );
  const cookie = await signInCookie(server.base, BENCH_ADMIN);
  const page = await medianLoad(`${server.base}/documents/${id}`, { cookie }, { seconds, runs });
  console.log(
    `  GET /documents/:id, signed in${ofRuns}: ${page.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(page.p50)}, p99 ${ms(page.p99)}` +
      ` (target ≥ 100 req/s: ${verdict(page.requestsPerSecond >= 100)})${failures(page)}`,
  );
  // The floor in the same run: Next's render of a page that reads nothing (no session, no data).
  const floor = await load(`${server.base}/sign-in`, {}, { seconds });
  console.log(
    `  baseline, GET /sign-in (no data): ${floor.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}` +
      ` (the document page runs at ${((100 * page.requestsPerSecond) / floor.requestsPerSecond).toFixed(0)} % of it)`,
  );
}

/** The corpus collection's dashboard page, whole, as a browser asks for it (issue 11). */
export async function benchDashboardPage(server: BenchServer, collectionId: string) {
  const cookie = await signInCookie(server.base, BENCH_ADMIN);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const res = await fetch(`${server.base}/collections/${collectionId}/dashboard`, { headers: { cookie } });
    bytes = (await res.text()).length;
    if (!res.ok) throw new Error(`the dashboard answered ${res.status}`);
    if (i > 0) times.push(performance.now() - t0); // the first warms the server up
  }
  const median = medianOf(times);
  console.log(`  the dashboard page over HTTP: ${ms(median)} median of 3 after a warm-up, ${kb(bytes)} of HTML (target ≤ 1 s: ${verdict(median <= 1000)})`);
}
