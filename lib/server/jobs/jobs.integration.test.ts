import { afterAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, onPostgres, useTempDatabase } from "../../../test/temp-db";

const { url } = await useTempDatabase();
const { getDb, createDb } = await import("../db");
const { createSqliteQueue } = await import("./sqlite-queue");
const { createPgBossQueue } = await import("./pg-boss-queue");
const { errorOf } = await import("./job-shape");
import type { JobQueue } from "./queue";
import type { JobRecord, JobState } from "./job-shape";

/** A queue as one app process has it; two of them on one database stand for two processes. */
const processes: JobQueue[] = [];
async function appProcess(): Promise<JobQueue> {
  const db = createDb(url);
  const queue = onPostgres ? createPgBossQueue(db, url) : createSqliteQueue(db);
  await queue.start();
  processes.push(queue);
  return queue;
}
afterAll(async () => {
  await Promise.all(processes.map((q) => q.stop()));
});

const OPTIONS = { retryLimit: 2, retryDelay: 1, retryBackoff: false, expireInSeconds: 60 };

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, seconds = 30): Promise<T> {
  for (let i = 0; i < seconds * 10; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited ${seconds} s for ${what}`);
}

const inState = (queue: JobQueue, name: string, id: string, state: JobState) => () => queue.get(id).then((j) => (j?.state === state ? j : null));

describe(`the job engine (${DATABASE_KIND}: ${onPostgres ? "pg-boss" : "its SQLite adapter"})`, () => {
  it("runs a job sent, once, with its data, and lists it completed", async () => {
    const queue = await appProcess();
    const seen: JobRecord[] = [];
    await queue.work("greet", { pollSeconds: 1 }, async (job) => void seen.push(job));
    const id = await queue.send("greet", { documentId: "d1" }, OPTIONS);
    await until("completed", inState(queue, "greet", id, "completed"));
    expect(seen).toEqual([expect.objectContaining({ id, name: "greet", data: { documentId: "d1" }, retryCount: 0 })]);
    expect(await queue.list({ names: ["greet"], limit: 10 })).toEqual([expect.objectContaining({ id, state: "completed" })]);
  });

  it("retries a failing run up to its limit, keeps the last error, and runs it again on retry", async () => {
    const queue = await appProcess();
    let runs = 0;
    let healed = false;
    await queue.work("flaky", { pollSeconds: 1 }, async () => {
      runs++;
      if (!healed) throw new Error(`attempt ${runs} failed`);
    });
    const id = await queue.send("flaky", {}, OPTIONS);
    const failed = await until("failed", inState(queue, "flaky", id, "failed"));
    expect(runs).toBe(3); // the first run and two retries
    expect(failed.retryCount).toBe(2);
    expect(errorOf(failed.output)).toBe("attempt 3 failed");
    healed = true;
    await queue.retry("flaky", id);
    await until("completed after retry", inState(queue, "flaky", id, "completed"));
    expect(runs).toBe(4);
  });

  it("stores a job sent in a transaction only if the transaction commits", async () => {
    const queue = await appProcess();
    await expect(getDb().$transaction(async (tx) => {
      await queue.send("in-tx", { n: 1 }, { ...OPTIONS, tx });
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
    const kept = await getDb().$transaction((tx) => queue.send("in-tx", { n: 2 }, { ...OPTIONS, tx }));
    expect((await queue.list({ names: ["in-tx"], limit: 10 })).map((j) => [j.id, j.data])).toEqual([[kept, { n: 2 }]]);
  });

  it("takes up a run whose process died once it expires, in another process, and runs it once there", async () => {
    const dead = await appProcess();
    const alive = await appProcess();
    let deadRuns = 0;
    // The first process takes the job, then goes away mid-run and never answers: as kill -9 leaves it.
    await dead.work("lost", { pollSeconds: 1 }, () => {
      deadRuns++;
      void dead.stop();
      return new Promise<void>(() => {});
    });
    const id = await dead.send("lost", {}, { ...OPTIONS, expireInSeconds: 1 });
    await until("taken by the first process", inState(dead, "lost", id, "active"));
    const runs: JobRecord[] = [];
    await alive.work("lost", { pollSeconds: 1 }, async (job) => void runs.push(job));
    const done = await until("completed by the second process", inState(alive, "lost", id, "completed"), 60);
    expect(deadRuns).toBe(1);
    expect(runs).toHaveLength(1);
    expect(done.retryCount).toBe(1);
  }, 90_000);

  it("never runs a job in two processes at once", async () => {
    const [a, b] = [await appProcess(), await appProcess()];
    const ran: string[] = [];
    const handler = async (job: JobRecord) => {
      ran.push(job.id);
      await new Promise((r) => setTimeout(r, 20));
    };
    await a.work("shared", { pollSeconds: 0.5 }, handler);
    await b.work("shared", { pollSeconds: 0.5 }, handler);
    const ids = await Promise.all(Array.from({ length: 30 }, (_, n) => a.send("shared", { n }, OPTIONS)));
    await until("all completed", async () => (await a.list({ names: ["shared"], states: ["completed"], limit: 100 })).length === 30);
    expect(ran.toSorted()).toEqual(ids.toSorted());
  }, 60_000);

  it("cancels a waiting job: it never runs, and retry starts it again", async () => {
    const queue = await appProcess();
    const id = await queue.send("later", {}, OPTIONS);
    await queue.cancel("later", id);
    let runs = 0;
    await queue.work("later", { pollSeconds: 0.5 }, async () => void runs++);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await queue.get(id))?.state).toBe("cancelled");
    expect(runs).toBe(0);
    await queue.retry("later", id);
    await until("completed after retry", inState(queue, "later", id, "completed"));
    expect(runs).toBe(1);
  });
});
