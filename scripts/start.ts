// `npm start`: migrate, load the sample on first start, build when no build exists, then serve.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { hasBuild, runBin } from "./lib/cli";
import { prepareDatabase } from "./lib/prepare";

// Archival material is often sensitive and the machines offline: Next's telemetry stays off.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

await prepareDatabase();

if (!hasBuild()) {
  console.log("No build found: building the app once (next build)…");
  runBin("next", ["build"]);
}

const port = process.env.PORT ?? "3000";
// A keep-alive timeout above clients' own (Node's agents keep idle sockets ~5 s) avoids the
// race where the server closes a socket just as a client reuses it (ECONNRESET).
const server = spawn(resolve("node_modules/.bin/next"), ["start", "-p", port, "--keepAliveTimeout", "65000"], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
