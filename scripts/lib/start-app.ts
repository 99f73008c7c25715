import { spawn, spawnSync } from "node:child_process";

export interface RunningApp {
  base: string;
  /** Stops the process and its children; resolves once it has exited and freed its port. */
  stop(): Promise<void>;
  /** kill -9 of the process and its children, as a crash or the OOM killer ends them. */
  kill(): Promise<void>;
  /** The end of what the process wrote to stderr, for a failure's message. */
  errors(): string;
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
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => async () => {
    try {
      if (server.pid) process.kill(-server.pid, name);
    } catch {
      // Already gone.
    }
    await exited;
  };
  const stop = signal("SIGTERM");
  const kill = signal("SIGKILL");
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 900; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, stop, kill, errors: () => errors };
    if (server.exitCode !== null) throw new Error(`The app on port ${port} stopped: ${errors}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The app on port ${port} did not answer within 3 minutes: ${errors}`);
}

/** Creates an admin with the command-line tools, as an operator would, and answers a new API token of theirs. */
export function createAdminToken(databaseUrl: string, account: { username: string; password: string }): string {
  const cli = (script: string, args: string[]) =>
    spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  // An account left from an earlier run is fine: the token is what counts.
  const user = cli("user-create", ["--username", account.username, "--password", account.password, "--role", "admin"]);
  const made = cli("token-create", ["--username", account.username]);
  if (made.status !== 0) throw new Error(`token:create failed: ${made.stderr} (user:create said: ${user.stdout}${user.stderr})`);
  return made.stdout.trim().split("\n").pop()!;
}
