import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { emptyDatabase, onPostgres } from "../test/temp-db";
import { staleBuildReason } from "./lib/build-fingerprint";
import { startApp, type RunningApp } from "./lib/start-app";

// Two real app processes (npm start) on one PostgreSQL database, both taking saves, proposals
// and approvals for the same documents at once. Only on PostgreSQL: SQLite is one machine's.

const apps: RunningApp[] = [];
afterAll(() => Promise.all(apps.map((app) => app.stop())));

const start = async (port: number, databaseUrl: string) => {
  const app = await startApp({ port, databaseUrl });
  apps.push(app);
  return app.base;
};

const WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango".split(" ");

describe.runIf(onPostgres)("two app processes on one PostgreSQL database", () => {
  it("merge racing saves, serialise racing approvals with one winner, lose and duplicate no revision, and leave fsck clean", async () => {
    // One build for both, made first: two processes would otherwise both rebuild it.
    if (staleBuildReason()) expect(spawnSync("npm", ["run", "build"], { stdio: "ignore" }).status).toBe(0);
    const url = await emptyDatabase("");
    // Started together: both migrate and load the sample, taking turns.
    const [a, b] = await Promise.all([start(3211, url), start(3212, url)]);

    process.env.DATABASE_URL = url;
    const { createUser } = await import("../lib/data/users/users");
    const { createApiToken } = await import("../lib/data/users/api-tokens");
    const token = async (username: string, role: "admin" | "reviewer" | "corrector") => {
      const user = await createUser({ username, password: "a password long enough", role, actorId: null });
      return (await createApiToken({ userId: user.id, name: "race", actorId: null })).token;
    };
    const [admin, rev1, rev2, corrector] = [await token("ada", "admin"), await token("rev1", "reviewer"), await token("rev2", "reviewer"), await token("cor", "corrector")];
    const call = async (base: string, who: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${who}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    };

    // What a failure says, with the end of each process's stderr, since a 500 names nothing more.
    const failures = (answers: { status: number; body: { error?: { message: string } } }[]) =>
      [...answers.filter((r) => r.status >= 500).map((r) => r.body.error?.message), ...apps.map((app) => app.errors())].join("\n");

    // The sample was loaded once, though both processes started on an empty database.
    const listed = await call(a, admin, "GET", "/api/documents?limit=50");
    expect(listed.body.items.filter((d: { sourceRef: string }) => d.sourceRef === "CSDB-18851")).toHaveLength(1);

    const text = WORDS.map((w) => `${w} one two three`).join("\n");
    const doc = (await call(a, admin, "POST", "/api/documents", { title: "race", text })).body;

    // 20 saves from the same base, each fixing its own word, half through each process.
    const saves = await Promise.all(WORDS.map((w, i) => call(i % 2 ? b : a, admin, "POST", `/api/documents/${doc.id}/revisions`, { baseSeq: 0, text: text.replace(`${w} one`, `${w.toUpperCase()} one`), message: w })));
    expect(saves.map((s) => s.status), JSON.stringify(saves.filter((s) => s.status !== 201).map((s) => s.body.error.code + " " + s.body.error.message).slice(0, 3))).toEqual(WORDS.map(() => 201));
    const head = (await call(b, admin, "GET", `/api/documents/${doc.id}`)).body;
    for (const w of WORDS) expect(head.text).toContain(`${w.toUpperCase()} one`);
    const revisions = (await call(a, admin, "GET", `/api/documents/${doc.id}/revisions`)).body.items as { seq: number }[];
    expect(revisions.map((r) => r.seq)).toEqual(Array.from({ length: WORDS.length + 1 }, (_, i) => i));
    expect(head.headSeq).toBe(WORDS.length);

    // A conflicting stale save is refused with the conflict, not stored.
    const stale = await call(b, admin, "POST", `/api/documents/${doc.id}/revisions`, { baseSeq: 0, text: text.replace("alpha one", "ALFA one"), message: "clash" });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "conflict", reason: "merge_conflict" } } });

    // One proposal approved by two reviewers at once, through the two processes: one winner.
    const proposal = (await call(a, corrector, "POST", `/api/documents/${doc.id}/proposals`, { baseSeq: head.headSeq, text: head.text.replace("two three", "2 3"), message: "digits" })).body;
    const approvals = await Promise.all([call(a, rev1, "POST", `/api/proposals/${proposal.id}/approve`, {}), call(b, rev2, "POST", `/api/proposals/${proposal.id}/approve`, {})]);
    expect(approvals.map((r) => r.status).sort(), failures(approvals)).toEqual([200, 409]);
    // Disjoint proposals approved at once through both processes: each lands once.
    const now = (await call(a, admin, "GET", `/api/documents/${doc.id}`)).body;
    const lines = now.text.split("\n");
    const proposals = await Promise.all([3, 9, 15].map((n) => call(b, corrector, "POST", `/api/documents/${doc.id}/proposals`, { baseSeq: now.headSeq, text: now.text.replace(lines[n], `${lines[n]} (checked)`), message: `line ${n}` })));
    const landed = await Promise.all(proposals.map((p, i) => call(i % 2 ? a : b, i % 2 ? rev1 : rev2, "POST", `/api/proposals/${p.body.id}/approve`, {})));
    expect(landed.map((r) => r.status), failures(landed)).toEqual([200, 200, 200]);
    const end = (await call(b, admin, "GET", `/api/documents/${doc.id}`)).body;
    expect(end.headSeq).toBe(WORDS.length + 4);
    expect(end.text.match(/\(checked\)/g)).toHaveLength(3);
    const all = (await call(b, admin, "GET", `/api/documents/${doc.id}/revisions`)).body.items as { seq: number }[];
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: WORDS.length + 5 }, (_, i) => i));

    const fsck = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/fsck.ts"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
    expect(fsck.status, fsck.stdout).toBe(0);
  }, 600_000);
});
