// The web UI writes one way: through server actions (docs/API.md says so). A component that
// sends a POST, PUT, PATCH or DELETE with fetch would be a second transport with its own errors.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function uiFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join("app", "api") ? [] : uiFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Calls of fetch that name a writing method, as "file: call". */
export function fetchWrites(files: readonly { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    [...text.matchAll(/fetch\([^;]*?method:\s*["'`](POST|PUT|PATCH|DELETE)["'`]/g)].map((m) => `${path}: ${m[0].slice(0, 80)}`),
  );
}

describe("the web UI's writes", () => {
  it("finds a fetch that writes (the check can fail)", () => {
    expect(fetchWrites([{ path: "x.tsx", text: 'await fetch(`/api/x/${id}`, { method: "DELETE" });' }])).toHaveLength(1);
    expect(fetchWrites([{ path: "x.tsx", text: "await fetch(`/api/x?seq=${seq}`, { signal });" }])).toEqual([]);
  });

  it("go through server actions: no component or page sends a write with fetch", () => {
    const files = [...uiFiles("components"), ...uiFiles("app")].map((path) => ({ path: relative(".", path), text: readFileSync(path, "utf8") }));
    // The suggestions of unsaved text are a read, sent as POST only because the text is long.
    // The editor's presence beat and its leave as the page closes: a leave must outlive the page
    // (fetch with keepalive), which a server action's request cannot; the beat goes the same way.
    const allowed = (hit: string) =>
      (hit.startsWith(join("components", "suggestions", "use-suggestions.ts")) && hit.includes("/suggestions`")) ||
      (hit.startsWith(join("components", "team", "use-live-document.ts")) && hit.includes("fetch(presence,"));
    expect(fetchWrites(files).filter((hit) => !allowed(hit))).toEqual([]);
  });
});
