// The `scale` section of npm run bench (issue 13): the same requests against SQLite with one app
// process, PostgreSQL with one, and PostgreSQL with two, all in this run; then the time of
// `npm run migrate:db` for the 10,000-document corpus.
import { spawnSync } from "node:child_process";
import autocannon from "autocannon";
import { newPostgresDatabase } from "../../test/temp-db";
import { createAdminToken, startApp, type RunningApp } from "../lib/start-app";
import { figuresOf, load, medianLoad, signInCookie, targets, type LoadFigures } from "./load";
import { verdict } from "./statistics";

const ADMIN = { username: "scale", password: "scale bench password, long enough" };
const CONNECTIONS = 32;

interface Setup {
  name: string;
  databaseUrl: string;
  processes: number;
}

interface Options {
  quick: boolean;
  sampleOfSize: (bytes: number) => string;
  /** The bench's own SQLite file, holding the generated corpus when that section ran. */
  corpusDbFile: string | null;
  makeCorpus: () => Promise<string>;
}

const cli = (databaseUrl: string, script: string, args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });

export async function benchScale(o: Options): Promise<void> {
  const server = process.env.TEST_DATABASE_URL;
  console.log(`\nScale (issue 13): autocannon, ${CONNECTIONS} connections, ${o.quick ? 3 : 10} s per figure after a warm-up; app processes and load on this machine (${(await import("node:os")).cpus().length} cores)`);
  if (!server) {
    console.log("  skipped: set TEST_DATABASE_URL=postgresql://… (a server where the bench may create databases) to compare SQLite with PostgreSQL");
    return;
  }
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const setups: Setup[] = [
    { name: "SQLite, 1 process", databaseUrl: `file:${join(mkdtempSync(join(tmpdir(), "workbench-scale-")), "scale.db")}`, processes: 1 },
    { name: "PostgreSQL, 1 process", databaseUrl: await newPostgresDatabase(server, "workbench_bench_scale1"), processes: 1 },
    { name: "PostgreSQL, 2 processes", databaseUrl: await newPostgresDatabase(server, "workbench_bench_scale2"), processes: 2 },
  ];
  const rows: { setup: string; what: string; figures: LoadFigures }[] = [];
  for (const [n, setup] of setups.entries()) {
    const apps: RunningApp[] = [];
    try {
      // Ports of its own: a stopped setup's server must never answer for the next one.
      for (let i = 0; i < setup.processes; i++) apps.push(await startApp({ port: 3301 + 10 * n + i, databaseUrl: setup.databaseUrl }));
      for (const m of await measure(setup, apps.map((a) => a.base), o)) rows.push({ setup: setup.name, ...m });
    } catch (e) {
      throw new Error(`${setup.name}: ${(e as Error).message}; the app said: ${apps.map((a) => a.errors()).join(" | ")}`);
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  }
  const width = Math.max(...rows.map((r) => r.what.length));
  let last = "";
  for (const r of rows) {
    if (r.setup !== last) console.log(`  ${(last = r.setup)}:`);
    const f = r.figures;
    const target = r.setup.startsWith("SQLite") && r.what.startsWith("GET 15 KB")
      ? ` (targets ≥ 300 req/s: ${verdict(f.requestsPerSecond >= 300)}; p99 ≤ 100 ms: ${verdict(f.p99 <= 100)})`
      : r.setup.startsWith("SQLite") && r.what.startsWith("search")
      ? ` (targets ≥ 100 req/s: ${verdict(f.requestsPerSecond >= 100)}; p99 ≤ 500 ms: ${verdict(f.p99 <= 500)}; no timeouts: ${verdict(f.errors === 0)})`
      : "";
    const failures = f.errors || f.non2xx ? `; ${f.errors} errors, ${f.non2xx} non-2xx` : "";
    console.log(`    ${r.what.padEnd(width)}  ${f.requestsPerSecond.toFixed(0).padStart(5)} req/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms${target}${failures}`);
  }
  for (const what of new Set(rows.map((r) => r.what))) {
    const one = rows.find((r) => r.setup === "PostgreSQL, 1 process" && r.what === what)!.figures.requestsPerSecond;
    const two = rows.find((r) => r.setup === "PostgreSQL, 2 processes" && r.what === what)!.figures.requestsPerSecond;
    console.log(`  two processes ÷ one on PostgreSQL, ${what}: ${(two / one).toFixed(2)}×`);
  }
  console.log(
    "  (Two cores run the load generator, PostgreSQL and the app processes together: a second process gains only the share of\n" +
      "   a core the first leaves idle while it waits on the database, and loses some to switching between them.)",
  );

  const source = o.corpusDbFile ?? (await o.makeCorpus());
  const target = await newPostgresDatabase(server, "workbench_bench_migrate");
  const started = performance.now();
  const copied = cli(target, "migrate-db", ["--from", `file:${source}`, "--to", target]);
  const seconds = (performance.now() - started) / 1000;
  const documents = copied.stdout.match(/Document: ([\d,]+) rows/)?.[1] ?? "?";
  const copy = copied.stdout.match(/Copied in ([\d.]+) s/)?.[1] ?? "?";
  console.log(
    `  npm run migrate:db, SQLite → PostgreSQL, ${documents} documents: ${seconds.toFixed(1)} s in all, of which the copy ${copy} s; ` +
      `the rest hashes both sides, rebuilds the search index and runs fsck${copied.status === 0 ? "" : ` (FAILED: ${copied.stderr.trim().split("\n").pop()})`}`,
  );
}

/** The figures for one setup: its documents and account made through its first process. */
async function measure(setup: Setup, bases: string[], o: Options): Promise<{ what: string; figures: LoadFigures }[]> {
  const token = createAdminToken(setup.databaseUrl, ADMIN);
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${bases[0]}${path}`, { method: "POST", headers: auth, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<{ id: string; seq?: number }>;
  };
  const small = await post("/api/documents", { title: "scale 15 KB", text: o.sampleOfSize(15 * 1024) + " scale" });
  const large = await post("/api/documents", { title: "scale 100 KB", text: o.sampleOfSize(100 * 1024) + " scale" });
  // One document per connection for the saves, so that they measure saving, not contention.
  const texts: string[] = [];
  const docs: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    texts.push(o.sampleOfSize(15 * 1024) + ` scale save ${i}`);
    docs.push((await post("/api/documents", { title: `scale save ${i}`, text: texts[i] })).id);
  }
  const seconds = o.quick ? 3 : 10;
  const at = (path: string) => bases.map((b) => `${b}${path}`);
  const results: { what: string; figures: LoadFigures }[] = [];
  const run = async (what: string, path: string, headers: Record<string, string>) => results.push({ what, figures: await load(at(path), headers, { seconds }) });
  // The figure with a target: the median of three runs.
  const runs = o.quick ? 1 : 3;
  results.push({ what: `GET 15 KB document (JSON)${runs > 1 ? ", median of 3" : ""}`, figures: await medianLoad(at(`/api/documents/${small.id}`), auth, { seconds, runs }) });
  await run("GET 100 KB document (JSON)", `/api/documents/${large.id}`, auth);
  // Chromium signs in only now, so that its processes are long gone before the reads above.
  const cookie = await signInCookie(bases[0], ADMIN);
  await run("document page, signed in (HTML)", `/documents/${small.id}`, { cookie });
  // Issue 24's figure: one query, as a team paging or repeating a search asks it (answers are kept
  // until the database changes), then a different query every request, which no answer serves.
  results.push({ what: `search, words mode${runs > 1 ? ", median of 3" : ""}`, figures: await medianLoad(at(`/api/search?q=${encodeURIComponent("Generalov Japan")}&mode=words`), auth, { seconds, runs }) });
  results.push({ what: "search, words mode, a new query each time", figures: await distinctSearches(bases, auth, o.sampleOfSize(15 * 1024), seconds) });
  results.push({ what: "90 % reads, 10 % saves", figures: await mixed(bases, auth, small.id, docs, texts, seconds) });
  return results;
}

/**
 * Each connection reads the 15 KB document nine times, then saves its own document once (a word
 * added or taken away, on the head it last saw), in a loop.
 */
async function mixed(bases: string[], headers: Record<string, string>, readId: string, docs: string[], texts: string[], seconds: number): Promise<LoadFigures> {
  let next = 0;
  const read = { method: "GET" as const, path: `/api/documents/${readId}` };
  const save = {
    method: "POST" as const,
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      if (context.doc === undefined) Object.assign(context, { doc: next++ % docs.length, seq: 0, odd: false });
      const i = context.doc as number;
      context.odd = !context.odd;
      const text = context.odd ? `${texts[i]} checked` : texts[i];
      return { ...req, path: `/api/documents/${docs[i]}/revisions`, body: JSON.stringify({ baseSeq: context.seq, text, message: "scale" }) };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>) => {
      if (status === 201) context.seq = (JSON.parse(body) as { seq: number }).seq;
    },
  };
  const requests = [read, read, read, read, read, read, read, read, read, save];
  const options = { url: targets(bases), headers, connections: CONNECTIONS, requests: requests as autocannon.Request[] };
  await autocannon({ ...options, duration: 2 });
  return figuresOf(await autocannon({ ...options, duration: seconds }));
}

/** Words-mode searches of two words of the sample each, a different pair every request. */
async function distinctSearches(bases: string[], headers: Record<string, string>, sample: string, seconds: number): Promise<LoadFigures> {
  const words = [...new Set(sample.match(/\p{L}{5,}/gu) ?? [])].slice(0, 80);
  let n = 0;
  const request: autocannon.Request = {
    method: "GET",
    setupRequest: (req) => {
      const i = n++;
      return { ...req, path: `/api/search?q=${encodeURIComponent(`${words[i % words.length]} ${words[(7 * i + 3) % words.length]}`)}&mode=words` };
    },
  };
  const options = { url: targets(bases), headers, connections: CONNECTIONS, requests: [request] };
  await autocannon({ ...options, duration: 2 });
  return figuresOf(await autocannon({ ...options, duration: seconds }));
}
