import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCHEMA = join(process.cwd(), "test/fixtures/tei/tei_all.rng");

/**
 * Validates TEI documents against tei_all with jing (Debian's package; .ci/run installs it).
 * Several files go to one jing run: starting the JVM costs more than validating.
 * Answers jing's messages, empty when every file is valid.
 */
export function validateTei(documents: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "workbench-tei-"));
  const files = documents.map((xml, i) => {
    const file = join(dir, `doc-${i}.xml`);
    writeFileSync(file, xml);
    return file;
  });
  const run = spawnSync("jing", [SCHEMA, ...files], { encoding: "utf8" });
  if (run.error) throw new Error(`jing could not run (apt-get install jing): ${run.error.message}`);
  // Debian's jing script warns about optional jars on stderr; only its exit status and its
  // messages on stdout speak of the documents.
  return run.status === 0 ? "" : `${run.stdout}${run.stderr.replace(/^\[warning\].*\n?/gm, "")}`.trim() || `jing exited with ${run.status}`;
}
