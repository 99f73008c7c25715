import "server-only";
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";

export interface WorkerTask {
  /** The module to run, from the project's root ("lib/layers/read-layer.ts"): pure code, no server state. */
  module: string;
  /** The function it exports; it takes `args` (structured-cloneable) and returns a cloneable value or a promise of one. */
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

/**
 * Bundles the task's module as an ES module file under node_modules/.cache, so that the
 * packages it imports (kept outside the bundle) resolve from the project's node_modules, and
 * ES-only packages (pdf.js) load as they do on the main thread. Named by the code's hash.
 */
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
            import { parentPort, workerData } from "node:worker_threads";
            parentPort.postMessage(await run(...workerData));`,
          resolveDir: root,
          loader: "ts",
        },
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        // The project's own modules are bundled; packages load from node_modules as usual.
        packages: "external",
        // "server-only" throws outside Next's server bundle; a worker is server code already.
        plugins: [{ name: "server-only", setup: (b) => {
          b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
          b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
        } }],
        write: false,
        logLevel: "silent",
      });
      const text = out.outputFiles[0]!.text;
      const dir = join(root, "node_modules", ".cache", "workbench-workers");
      const file = join(dir, `${createHash("sha256").update(text).digest("hex").slice(0, 16)}.mjs`);
      await mkdir(dir, { recursive: true });
      // Written whole, then renamed: another process never starts a worker on half a file.
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, text);
      await rename(temp, file);
      return file;
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
  const file = await bundle(task.module, task.exportName);
  return new Promise((done) => {
    const worker = new Worker(file, { workerData: task.args, resourceLimits: { maxOldGenerationSizeMb: task.maxHeapMb ?? 1024 } });
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
