import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, emptyDatabase } from "../test/temp-db";
import { staleBuildReason } from "./lib/build-fingerprint";
import { createAdminToken, startApp, type RunningApp } from "./lib/start-app";

// An app process killed with SIGKILL in the middle of a changeset of 200 documents and of an OCR
// job of 5 pages; another process started on the same database finishes both, though nobody
// opens either, and nothing is applied twice or lost.

const apps: RunningApp[] = [];
afterAll(() => Promise.all(apps.map((app) => app.stop())));

const DOCUMENTS = 200;
const PAGES = 5;
const MEMO = readFileSync(new URL("../test/fixtures/ocr/typed-memo.png", import.meta.url));

describe(`an app process killed mid-work (${DATABASE_KIND})`, () => {
  it("leaves a changeset and an OCR job that another process finishes, each part once", async () => {
    if (staleBuildReason()) expect(spawnSync("npm", ["run", "build"], { stdio: "ignore" }).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "workbench-kill-"));
    const images = join(dir, "images");
    mkdirSync(images);
    const url = await emptyDatabase(dir);
    // Runs whose process died are taken up after 10 s rather than minutes, so the test is short.
    const env = { WORKBENCH_IMAGE_DIR: images, WORKBENCH_JOB_EXPIRE_SECONDS: "10" };
    const first = await startApp({ port: 3231, databaseUrl: url, env });
    apps.push(first);
    const token = createAdminToken(url, { username: "kim", password: "a password long enough" });
    const call = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${first.base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(typeof init.body === "string" ? { "content-type": "application/json" } : {}) } });
      return { status: res.status, body: await res.json() };
    };

    const ids: string[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const made = await call("/api/documents", { method: "POST", body: JSON.stringify({ title: `Report ${i}`, text: `Report ${i}: the Qzxfield convoy left at dawn.` }) });
      expect(made.status).toBe(201);
      ids.push(made.body.id);
    }
    const form = new FormData();
    for (let p = 0; p < PAGES; p++) form.append("file", new Blob([MEMO], { type: "image/png" }), `memo-${p + 1}.png`);
    form.append("title", "Five pages");
    const upload = await call("/api/documents", { method: "POST", body: form });
    expect(upload.status).toBe(202);
    const ocrJobId = upload.body.jobs[0].id as string;
    const changeset = await call("/api/changesets", { method: "POST", body: JSON.stringify({ query: "Qzxfield", mode: "words", replacement: "Qzyfield" }) });
    expect(changeset.status).toBe(201);

    // This process reads the database as an operator's script would: no request reaches the app.
    process.env.DATABASE_URL = url;
    const { createDb } = await import("../lib/server/db");
    const db = createDb(url);
    const progress = async () => ({
      applied: await db.changesetDocument.count({ where: { changesetId: changeset.body.id, status: { not: "pending" } } }),
      pagesRead: ((await db.ocrJob.findUniqueOrThrow({ where: { id: ocrJobId } })).pages as { status: string }[]).filter((p) => p.status === "done").length,
    });
    let atKill = await progress();
    for (let i = 0; i < 1200 && !(atKill.applied > 0 && atKill.pagesRead > 0); i++) {
      await new Promise((r) => setTimeout(r, 50));
      atKill = await progress();
    }
    await first.kill();
    atKill = await progress();
    // Killed in the middle of both.
    expect(atKill.applied).toBeGreaterThan(0);
    expect(atKill.applied).toBeLessThan(DOCUMENTS);
    expect(atKill.pagesRead).toBeGreaterThan(0);
    expect(atKill.pagesRead).toBeLessThan(PAGES);

    apps.push(await startApp({ port: 3232, databaseUrl: url, env }));
    let finished = false;
    for (let i = 0; i < 1800 && !finished; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [c, o] = await Promise.all([db.changeset.findUniqueOrThrow({ where: { id: changeset.body.id } }), db.ocrJob.findUniqueOrThrow({ where: { id: ocrJobId } })]);
      finished = c.status === "applied" && o.status === "done";
    }
    expect(finished).toBe(true);

    // Each document changed once: one revision from the changeset, the word replaced once.
    const docs = await db.document.findMany({ where: { id: { in: ids } }, select: { headSeq: true, headText: true, _count: { select: { revisions: true } } } });
    expect(docs).toHaveLength(DOCUMENTS);
    for (const d of docs) {
      expect(d.headSeq).toBe(1);
      expect(d._count.revisions).toBe(2);
      expect(d.headText).toMatch(/^Report \d+: the Qzyfield convoy left at dawn\.$/);
    }
    const parts = await db.changesetDocument.groupBy({ by: ["status", "resultSeq"], where: { changesetId: changeset.body.id }, _count: true });
    expect(parts).toEqual([{ status: "applied", resultSeq: 1, _count: DOCUMENTS }]);
    // The OCR job's document was made once, with every page.
    const made = await db.document.findMany({ where: { title: "Five pages" }, select: { id: true, _count: { select: { pages: true } } } });
    expect(made).toEqual([{ id: (await db.ocrJob.findUniqueOrThrow({ where: { id: ocrJobId } })).documentId, _count: { pages: PAGES } }]);
    await db.$disconnect();

    const fsck = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/fsck.ts"], { env: { ...process.env, DATABASE_URL: url, WORKBENCH_IMAGE_DIR: images }, encoding: "utf8" });
    expect(fsck.status, fsck.stdout + fsck.stderr).toBe(0);
  }, 900_000);
});
