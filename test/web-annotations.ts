import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The W3C checker runs the annotation-model MUST assertions from web-platform-tests (a copy in
// test/fixtures, see its README), with its JSON Schema validator from our devDependencies.
const FIXTURES = resolve("test/fixtures/web-annotation");
const VALIDATOR = join(FIXTURES, "validate-web-annotations.cjs");

/** Runs the W3C checker on a JSON value; its last line reads "N passed, M failed". */
export function validateWebAnnotations(value: unknown): { status: number | null; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "w3c-")), "annotations.json");
  writeFileSync(file, JSON.stringify(value));
  const run = spawnSync(process.execPath, [VALIDATOR, "--quiet", "--schemas", FIXTURES, file], {
    encoding: "utf8",
    env: { ...process.env, WA_VALIDATOR_DEPS: process.cwd() },
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
