import { describe, expect, it } from "vitest";
import { directionViolations, fileCycles, folderCycles, readModules, type Module } from "./import-direction";

const mod = (path: string, imports: string[] = [], packages: string[] = []): Module => ({ path, imports, packages });

describe("the direction of imports", () => {
  it("would fail on each kind of violation", () => {
    expect(directionViolations([mod("lib/suggest/detect.ts", ["lib/data/suggestions/get-suggestions.ts"])])).toEqual([expect.stringContaining("pure code imports I/O code")]);
    expect(directionViolations([mod("lib/suggest/detect.ts", ["lib/server/lexicon/english-lexicon.ts"])])).toEqual([expect.stringContaining("pure code imports I/O code")]);
    expect(directionViolations([mod("lib/suggest/detect.ts", [], ["node:fs"])])).toEqual([expect.stringContaining("pure code imports an I/O package")]);
    expect(directionViolations([mod("lib/data/jobs/work-jobs.ts", ["components/admin/job-controls.tsx"])])).toEqual([expect.stringContaining("lib never imports the app")]);
    expect(directionViolations([mod("lib/review/merge-words.ts", ["app/actions/jobs.ts"])])).toHaveLength(1);
    expect(directionViolations([mod("components/x.tsx", ["lib/data/changesets/decide-changeset.ts"])])).toEqual([expect.stringContaining("components import shapes")]);
    expect(directionViolations([mod("components/x.tsx", ["lib/data/changesets/changeset-shape.ts", "lib/review/hunks.ts"])])).toEqual([]);
    expect(folderCycles([mod("lib/data/pages/a.ts", ["lib/data/ocr/b.ts"]), mod("lib/data/ocr/b.ts", ["lib/data/imports/c.ts"]), mod("lib/data/imports/c.ts", ["lib/data/pages/d.ts"])])).toEqual([["pages", "ocr", "imports"]]);
    expect(fileCycles([mod("lib/a.ts", ["lib/b.ts"]), mod("lib/b.ts", ["lib/a.ts"])])).toEqual([["lib/a.ts", "lib/b.ts"]]);
  });

  const modules = readModules(process.cwd(), ["lib", "app", "components"]);

  it("reads the project's imports (the check sees real files)", () => {
    expect(modules.length).toBeGreaterThan(300);
    expect(modules.find((m) => m.path === "lib/data/jobs/work-jobs.ts")?.imports).toContain("lib/server/jobs/jobs.ts");
  });

  it("holds in the project: pure → I/O, lib → app or components, components → data operations", () => {
    expect(directionViolations(modules)).toEqual([]);
  });

  it("has no cycle between lib/data's folders, nor between any files", () => {
    expect(folderCycles(modules)).toEqual([]);
    expect(fileCycles(modules)).toEqual([]);
  });
});
