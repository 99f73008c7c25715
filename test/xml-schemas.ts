import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedFolder } from "./shared-folder";

/**
 * The official ALTO 4.4 and PAGE 2019 schemas live in the workplace's shared folder beside the
 * project (../shared/schemas), not in the project: WORKBENCH_SHARED names another place.
 */
const shared = sharedFolder("schemas/catalog.xml");
export const SHARED_SCHEMAS = shared && join(shared, "schemas");

const SCHEMA = { alto: "alto/alto-4-4.xsd", page: "page/pagecontent-2019-07-15.xsd" } as const;

/**
 * Validates documents against the official ALTO or PAGE schema with xmllint (Debian's
 * libxml2-utils; .ci/run installs it), offline through the shared XML catalog. Answers
 * xmllint's messages, empty when every document is valid.
 */
export function validateXml(kind: keyof typeof SCHEMA, documents: string[]): string {
  if (!SHARED_SCHEMAS) throw new Error("The ALTO and PAGE schemas are not here: put the shared folder beside the project as ../shared, or set WORKBENCH_SHARED");
  const dir = mkdtempSync(join(tmpdir(), `workbench-${kind}-`));
  const files = documents.map((xml, i) => {
    const file = join(dir, `doc-${i}.xml`);
    writeFileSync(file, xml);
    return file;
  });
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", join(SHARED_SCHEMAS, SCHEMA[kind]), ...files], {
    encoding: "utf8",
    env: { ...process.env, XML_CATALOG_FILES: join(SHARED_SCHEMAS, "catalog.xml") },
  });
  if (run.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? "" : run.stderr.replace(/^.* validates\n/gm, "").trim() || `xmllint exited with ${run.status}`;
}
