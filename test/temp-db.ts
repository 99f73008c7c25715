import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migratePostgres } from "../scripts/lib/migrate-postgres";

/**
 * The database the integration suites run on: SQLite, or PostgreSQL when the PostgreSQL half of
 * `npm test` (scripts/test-postgres.ts) sets WORKBENCH_TEST_POSTGRES to a server URL.
 */
export const onPostgres = Boolean(process.env.WORKBENCH_TEST_POSTGRES);
/** For the names of suites: which database they ran on. */
export const DATABASE_KIND = onPostgres ? "PostgreSQL" : "SQLite";

/** Throwaway databases on PostgreSQL are named so; the PostgreSQL half drops them when it ends. */
export const TEMP_DATABASE_PREFIX = "wbtest_";

export interface TempDatabase {
  url: string;
  /** A new folder of the test's own; page images are stored under `images` in it. */
  dir: string;
}

/**
 * Points DATABASE_URL at a new, migrated database and WORKBENCH_IMAGE_DIR at a new folder. On
 * SQLite a file in a temporary folder, with the project's migrations applied as `prisma migrate
 * deploy` applies them; on PostgreSQL a new database on the server (unless `sqlite` asks for
 * SQLite whatever the suite runs on). Call before using lib/server/db.
 */
export async function useTempDatabase({ sqlite = false } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "workbench-test-"));
  const images = join(dir, "images");
  mkdirSync(images);
  process.env.WORKBENCH_IMAGE_DIR = images;
  const url = onPostgres && !sqlite ? await createPostgresDatabase() : createSqliteDatabase(join(dir, "test.db"));
  process.env.DATABASE_URL = url;
  return { url, dir };
}

/** Applies the migrations and records them in Prisma's table, as `prisma migrate deploy` would. */
function createSqliteDatabase(file: string): string {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
  const record = db.prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES (?, ?, current_timestamp, ?, 1)`);
  const migrations = join(process.cwd(), "prisma", "migrations");
  for (const name of readdirSync(migrations).filter((n) => /^\d/.test(n)).sort()) {
    const sql = readFileSync(join(migrations, name, "migration.sql"), "utf8");
    db.exec(sql);
    record.run(randomBytes(16).toString("hex"), createHash("sha256").update(sql).digest("hex"), name);
  }
  db.close();
  return `file:${file}`;
}

/** A new, empty and unmigrated database: a file name on SQLite, a database on PostgreSQL. */
export async function emptyDatabase(dir: string): Promise<string> {
  const name = `${TEMP_DATABASE_PREFIX}${randomBytes(6).toString("hex")}`;
  return onPostgres ? newPostgresDatabase(process.env.WORKBENCH_TEST_POSTGRES!, name) : `file:${join(dir, `${name}.db`)}`;
}

/** A new, empty database `name` on the server (one left by an earlier run is dropped first), as a URL. */
export async function newPostgresDatabase(server: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(server, name);
}

async function createPostgresDatabase(): Promise<string> {
  const url = await emptyDatabase("");
  await migratePostgres(url, { quiet: true });
  return url;
}

/** The same server URL naming another database (the path), keeping its query (a socket, say). */
export function withDatabase(server: string, name: string): string {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}
