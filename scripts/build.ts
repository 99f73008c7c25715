// `npm run build`: next build; the front server compiled to plain JavaScript beside the build, so
// that serving runs on bare Node (no TypeScript loader hooks or source-map lookups per request);
// then a fingerprint of the sources, so that `npm start` can tell a build made from older
// sources (after `git pull`) and rebuild.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { build } from "esbuild";
import { recordBuildFingerprint } from "./lib/build-fingerprint";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const next = spawnSync(resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit", env: process.env });
if (next.status !== 0) process.exit(next.status ?? 1);
await build({
  entryPoints: ["scripts/server.ts"],
  outfile: ".next/workbench-server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Our own modules are bundled; packages (next, proxy-addr) load from node_modules as usual.
  packages: "external",
  logLevel: "warning",
});
recordBuildFingerprint();
