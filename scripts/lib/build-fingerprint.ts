import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** What a build is made from: the app's sources, its locked dependencies and the Prisma schema. */
const INPUTS = ["app", "components", "lib", "proxy.ts", "scripts/server.ts", "scripts/lib/front-server.ts", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
// Generated code follows the schema and tests do not reach the build: neither decides a rebuild.
const SKIP = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;
const FINGERPRINT_FILE = ".next/workbench-fingerprint";

/** The file itself, or every file under a folder, in a fixed order. */
function* files(path: string): Generator<string> {
  if (!existsSync(path) || SKIP.test(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = join(path, e.name);
    if (SKIP.test(child)) continue;
    if (e.isDirectory()) yield* files(child);
    else if (e.isFile()) yield child;
  }
}

/** A SHA-256 over the path and content of every build input, in a fixed order. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(resolve(root, input))) hash.update(file.slice(root.length)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** Why the build must be (re)made, or null when the existing build was made from these sources. */
export function staleBuildReason(root = process.cwd()): string | null {
  if (!existsSync(resolve(root, ".next/BUILD_ID")) || !existsSync(resolve(root, ".next/workbench-server.mjs"))) return "No build found: building the app once (next build)…";
  const recorded = existsSync(resolve(root, FINGERPRINT_FILE)) ? readFileSync(resolve(root, FINGERPRINT_FILE), "utf8").trim() : "";
  if (recorded !== sourceFingerprint(root)) return "The sources, lockfile or schema changed since the last build: rebuilding (next build)…";
  return null;
}

/** Records the fingerprint of the sources a build was just made from. */
export function recordBuildFingerprint(root = process.cwd()): void {
  writeFileSync(resolve(root, FINGERPRINT_FILE), `${sourceFingerprint(root)}\n`);
}
