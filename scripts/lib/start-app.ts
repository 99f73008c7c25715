import { spawn } from "node:child_process";

export interface RunningApp {
  base: string;
  stop(): void;
}

/**
 * Starts the app as users do (`npm start`: migrate, then serve the build) on a port and
 * database of its own, and answers once GET /api/health says the process is ready. For tests
 * and benchmarks that need real app processes; build first, or each one rebuilds.
 */
export async function startApp({ port, databaseUrl, env = {} }: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<RunningApp> {
  const server = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, NODE_ENV: "production", ...env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let errors = "";
  server.stderr!.on("data", (d) => (errors = (errors + d).slice(-4000)));
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 900; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, stop };
    if (server.exitCode !== null) throw new Error(`The app on port ${port} stopped: ${errors}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`The app on port ${port} did not answer within 3 minutes: ${errors}`);
}
