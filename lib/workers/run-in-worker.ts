import "server-only";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";

export interface WorkerTask {
  /** The module to run, from the project's root ("lib/layers/read-layer.ts"): pure code, no server state. */
  module: string;
  /** The function it exports; it takes `args` (structured-cloneable) and returns a cloneable value. */
  exportName: string;
  args: unknown[];
  /** Wall time the worker has before it is terminated. */
  budgetMs: number;
  /** Heap the worker may use; past it the worker dies and the task fails. */
  maxHeapMb?: number;
}

export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; reason: "timeout" | "out_of_memory" | "crashed"; message: string };

/** Each module is bundled once per process (esbuild, some 50–150 ms), then reused for every task. */
const bundles = new Map<string, Promise<string>>();

function bundle(module: string, exportName: string): Promise<string> {
  const key = `${module}#${exportName}`;
  let code = bundles.get(key);
  if (!code) {
    code = (async () => {
      const { build } = await import("esbuild");
      const root = process.cwd();
      const out = await build({
        stdin: {
          contents: `import { ${exportName} as run } from ${JSON.stringify(resolve(root, module))};
            const { parentPort, workerData } = require("node:worker_threads");
            parentPort.postMessage(run(...workerData));`,
          resolveDir: root,
          loader: "ts",
        },
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        // The project's own modules are bundled; packages load from node_modules as usual.
        packages: "external",
        write: false,
        logLevel: "silent",
      });
      return out.outputFiles[0]!.text;
    })();
    // A failed build is not cached: the next task tries again.
    code.catch(() => bundles.delete(key));
    bundles.set(key, code);
  }
  return code;
}

/**
 * Runs a pure function in a worker thread, so that heavy parsing never blocks the server's event
 * loop: one upload must not stall everyone else's requests. The worker is terminated when the
 * budget runs out, and its heap is capped, so a hostile input costs a bounded time and memory.
 */
export async function runInWorker<T>(task: WorkerTask): Promise<WorkerOutcome<T>> {
  const code = await bundle(task.module, task.exportName);
  return new Promise((done) => {
    const worker = new Worker(code, { eval: true, workerData: task.args, resourceLimits: { maxOldGenerationSizeMb: task.maxHeapMb ?? 1024 } });
    let settled = false;
    const settle = (outcome: WorkerOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done(outcome);
    };
    const timer = setTimeout(() => settle({ ok: false, reason: "timeout", message: `it took longer than ${(task.budgetMs / 1000).toLocaleString("en")} s` }), task.budgetMs);
    worker.once("message", (value: T) => settle({ ok: true, value }));
    worker.once("error", (e: Error & { code?: string }) =>
      settle(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? { ok: false, reason: "out_of_memory", message: `it needed more than ${task.maxHeapMb ?? 1024} MB` } : { ok: false, reason: "crashed", message: e.message }),
    );
    worker.once("exit", (code) => settle({ ok: false, reason: "crashed", message: `the worker stopped (exit code ${code})` }));
  });
}
