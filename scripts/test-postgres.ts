// The PostgreSQL half of `npm test`: the integration suites again, each file on a new database
// of the server that TEST_DATABASE_URL names (two real app processes racing on one among them),
// then the smoke journeys in Chromium on another; all are dropped afterwards. Without
// TEST_DATABASE_URL it says so in one line and passes: SQLite is the default, and a developer's
// machine need not have PostgreSQL. CI (.ci/run) starts a server and sets it.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { newPostgresDatabase, TEMP_DATABASE_PREFIX } from "../test/temp-db";

const server = process.env.TEST_DATABASE_URL;
if (!server) {
  console.log("Skipped the PostgreSQL half of the tests: set TEST_DATABASE_URL=postgresql://… (a server where you may create databases) to run it.");
  process.exit(0);
}

/** Suites about SQLite itself: its migrations replayed by better-sqlite3, its files corrupted by hand. */
const SQLITE_ONLY = ["test/migrations.integration.test.ts", "scripts/cli.integration.test.ts", "scripts/front-server.integration.test.ts"];

const env = { ...process.env, WORKBENCH_TEST_POSTGRES: server };
const suites = spawnSync("node_modules/.bin/vitest", ["run", "integration", ...SQLITE_ONLY.flatMap((f) => ["--exclude", f])], { stdio: "inherit", env });

let journeys = { status: 0 as number | null };
if (suites.status === 0) {
  const url = await newPostgresDatabase(server, `${TEMP_DATABASE_PREFIX}e2e`);
  console.log("\nThe smoke journeys on PostgreSQL:");
  journeys = spawnSync("node_modules/.bin/playwright", ["test", "--config", "playwright.postgres.config.ts"], {
    stdio: "inherit",
    env: { ...env, E2E_DATABASE_URL: url, E2E_PORT: "3150" },
  });
}
const admin = new pg.Client({ connectionString: server });
await admin.connect();
const { rows } = await admin.query<{ name: string }>("SELECT datname AS name FROM pg_database WHERE datname LIKE $1", [`${TEMP_DATABASE_PREFIX}%`]);
for (const { name } of rows) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.end();
process.exit(suites.status === 0 && journeys.status === 0 ? 0 : 1);
