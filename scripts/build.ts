// `npm run build`: next build, then a fingerprint of the sources beside the build, so that
// `npm start` can tell a build made from older sources (after `git pull`) and rebuild.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { recordBuildFingerprint } from "./lib/build-fingerprint";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const build = spawnSync(resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit", env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);
recordBuildFingerprint();
