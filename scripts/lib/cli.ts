import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, dialectOf } from "../../lib/server/db/dialect";
import { migratePostgres } from "./migrate-postgres";

/** The SQLite file a `file:` DATABASE_URL names, relative to the working directory. */
export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${url}`);
  return resolve(url.slice("file:".length).replace(/\?.*$/, ""));
}

/** Runs a binary from node_modules/.bin; exits on failure. Quiet runs print output only then. */
export function runBin(bin: string, args: string[], { quiet = false } = {}): void {
  const result = spawnSync(resolve("node_modules/.bin", bin), args, { stdio: quiet ? "pipe" : "inherit", env: process.env });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(Buffer.concat([result.stdout ?? Buffer.alloc(0), result.stderr ?? Buffer.alloc(0)]));
    console.error(`${bin} ${args.join(" ")} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

/** Migrations in prisma/migrations that the database at `file` has not applied yet. */
export function pendingMigrations(file: string): string[] {
  const all = readdirSync(resolve("prisma/migrations"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  if (!existsSync(file)) return all;
  const db = new Database(file, { readonly: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return all;
    const rows = db
      .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return all.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** The database of DATABASE_URL as people read it: the SQLite file, or the URL without its password. */
export function databaseName(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  return dialectOf(url) === "postgresql" ? url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:…@") : databaseFile(url);
}

/** Exits with a hint when a SQLite database has not been made yet (PostgreSQL answers for itself). */
export function requireDatabase(): void {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (dialectOf(url) === "sqlite" && !existsSync(databaseFile(url))) {
    console.error(`No database at ${databaseFile(url)}. Start the app once (npm start) or set DATABASE_URL.`);
    process.exit(2);
  }
}

/**
 * Applies pending migrations and answers the database's name. SQLite: creates the folder, runs
 * `prisma migrate deploy` (offline with the JS engine) and turns on WAL, which SQLite keeps in
 * the file from then on; when nothing is pending the Prisma CLI is not started at all: it is
 * slow, and its schema engine cannot take its lock while the app holds the database open.
 * PostgreSQL: see migrate-postgres.
 */
export async function migrateDatabase({ quiet = false } = {}): Promise<string> {
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  if (dialectOf(process.env.DATABASE_URL) === "postgresql") {
    await migratePostgres(process.env.DATABASE_URL, { quiet });
    return databaseName();
  }
  const file = databaseFile();
  mkdirSync(dirname(file), { recursive: true });
  const pending = pendingMigrations(file);
  if (pending.length === 0) return file;
  if (!quiet) console.log(`Applying ${pending.length} database migration(s)…`);
  runBin("prisma", ["migrate", "deploy"], { quiet: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return file;
}
