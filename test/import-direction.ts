// The intended direction of imports (README, Architecture), as rules over the import graph.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * lib's folders that do I/O: `lib/data` (the operations over the database) and `lib/server` (the
 * database client, the job engine, the image store, OCR, PDF, images, the lexicon's files, HTTP
 * helpers, worker threads). Every other lib folder is pure, so a path says which a file is.
 */
export const IO_FOLDERS = ["data", "server"] as const;
/** Packages that do I/O or only run on the server: a pure module imports none of them. */
const IO_PACKAGE = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads|os)$|^(sharp|pg|pg-boss|better-sqlite3|tesseract\.js|server-only|@prisma\/.*|@node-rs\/.*)$/;

export interface Module {
  /** Relative to the project root, with "/" separators. */
  path: string;
  /** Project files it imports, relative to the root. */
  imports: string[];
  /** Packages it imports. */
  packages: string[];
}

const SPEC = /(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;

export function readModules(root: string, folders: readonly string[]): Module[] {
  const files = folders.flatMap((f) => walk(join(root, f)));
  return files.map((file) => {
    const imports: string[] = [];
    const packages: string[] = [];
    for (const m of readFileSync(file, "utf8").matchAll(SPEC)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith(".") || spec.startsWith("@/")) {
        const target = resolveFile(spec.startsWith("@/") ? join(root, spec.slice(2)) : resolve(dirname(file), spec));
        if (target) imports.push(rel(root, target));
      } else packages.push(spec);
    }
    return { path: rel(root, file), imports, packages };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : walk(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveFile(base: string): string | null {
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    try {
      readFileSync(base + ext);
      return base + ext;
    } catch {
      // try the next
    }
  }
  return null;
}

const rel = (root: string, path: string) => relative(root, path).split("\\").join("/");
const libFolder = (path: string) => (path.startsWith("lib/") ? path.split("/")[1]!.replace(/\.tsx?$/, "") : null);
const isPure = (path: string) => path.startsWith("lib/") && !(IO_FOLDERS as readonly string[]).includes(libFolder(path)!);

/** Every import against the intended direction, in words. */
export function directionViolations(modules: readonly Module[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    for (const target of m.imports) {
      if (m.path.startsWith("lib/") && (target.startsWith("app/") || target.startsWith("components/"))) out.push(`${m.path} → ${target}: lib never imports the app or its components`);
      if (isPure(m.path) && target.startsWith("lib/") && !isPure(target)) out.push(`${m.path} → ${target}: pure code imports I/O code`);
      if (m.path.startsWith("components/") && target.startsWith("lib/data/") && !/-shape\.ts$/.test(target)) out.push(`${m.path} → ${target}: components import shapes, never data operations`);
    }
    if (isPure(m.path)) for (const p of m.packages) if (IO_PACKAGE.test(p)) out.push(`${m.path} → ${p}: pure code imports an I/O package`);
  }
  return out;
}

/** Cycles between the folders of lib/data (each folder one node), each as the folders around it. */
export function folderCycles(modules: readonly Module[]): string[][] {
  const folderOf = (p: string) => (p.startsWith("lib/data/") && p.split("/").length > 3 ? p.split("/")[2]! : null);
  const graph = new Map<string, Set<string>>();
  for (const m of modules) {
    const from = folderOf(m.path);
    if (!from) continue;
    for (const t of m.imports) {
      const to = folderOf(t);
      if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return cycles(graph);
}

/** Cycles between files anywhere, each as the files around it. */
export function fileCycles(modules: readonly Module[]): string[][] {
  return cycles(new Map(modules.map((m) => [m.path, new Set(m.imports)])));
}

function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "visiting");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "visiting") found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}
