import { describe, expect, it } from "vitest";
import { runInWorker } from "./run-in-worker";

const TASKS = "test/fixtures/workers/tasks.ts";

describe("runInWorker", () => {
  it("answers the function's value", async () => {
    expect(await runInWorker<number>({ module: TASKS, exportName: "add", args: [2, 3], budgetMs: 10_000 })).toEqual({ ok: true, value: 5 });
  });

  it("stops a task that runs past its budget, and the event loop keeps turning meanwhile", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const outcome = await runInWorker({ module: TASKS, exportName: "spinForever", args: [], budgetMs: 500 });
    clearInterval(timer);
    expect(outcome).toMatchObject({ ok: false, reason: "timeout" });
    // On the main thread the loop would have held every timer until the process died.
    expect(ticks).toBeGreaterThan(5);
  });

  it("stops a task that takes more memory than its cap", async () => {
    expect(await runInWorker({ module: TASKS, exportName: "fillMemory", args: [], budgetMs: 30_000, maxHeapMb: 64 })).toMatchObject({ ok: false, reason: "out_of_memory" });
  });
});
