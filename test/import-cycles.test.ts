// lib/data has one convention: operations import shapes and helpers, never each other in a circle.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve("lib/data");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Relative imports of a file that stay inside lib/data, as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^"']*from\s+["'](\.[^"']+)["']|import\(["'](\.[^"']+)["']\)/g)]
    .map((m) => resolve(dirname(file), m[1] ?? m[2]) + ".ts")
    .filter((path) => path.startsWith(ROOT));
}

/** Every import cycle, each as the list of files around it. */
function findCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "visiting");
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === "visiting") cycles.push(stack.slice(stack.indexOf(next)).map((p) => relative(ROOT, p)));
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe("lib/data imports", () => {
  it("has no circle", () => {
    expect(findCycles(sourceFiles(ROOT))).toEqual([]);
  });
});
