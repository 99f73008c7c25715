import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { dialectOf } from "../../lib/server/db/dialect";
import { databaseFile } from "./cli";

/*
 * Online backups and restores. SQLite: its backup API copies a consistent snapshot of the
 * database while the server goes on writing (WAL lets readers and one writer work together);
 * PostgreSQL: pg_dump's custom format, itself one consistent snapshot. A restore goes into an
 * empty database only, so that it can never mix two histories.
 */

const SQLITE_MAGIC = "SQLite format 3\0";
const PG_DUMP_MAGIC = "PGDMP";

export type BackupKind = "sqlite" | "pg_dump";

/** What a backup file holds, read from its first bytes (never from its name). */
export function backupKind(file: string): BackupKind | null {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(16);
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === SQLITE_MAGIC) return "sqlite";
  if (head.subarray(0, 5).toString("latin1") === PG_DUMP_MAGIC) return "pg_dump";
  return null;
}

export async function backupDatabase(url: string, file: string, onProgress?: (share: number) => void): Promise<void> {
  if (existsSync(file)) throw new Error(`${file} exists already: choose a new file name, a backup never overwrites one`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  if (dialectOf(url) === "postgresql") {
    runTool("pg_dump", ["--format=custom", "--no-owner", "--file", partial, "--dbname", url]);
  } else {
    const db = new Database(databaseFile(url), { readonly: true, fileMustExist: true });
    try {
      // All remaining pages in one step: one read transaction, so one consistent snapshot that
      // other connections' writes cannot restart (a step of a few pages restarts on every write).
      await db.backup(partial, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress?.(totalPages ? 1 - remainingPages / totalPages : 1);
          return Math.max(remainingPages, 1);
        },
      });
    } finally {
      db.close();
    }
  }
  renameSync(partial, file);
  onProgress?.(1);
}

export async function restoreDatabase(url: string, file: string): Promise<void> {
  const kind = backupKind(file);
  if (!kind) throw new Error(`${file} is neither a SQLite backup nor a pg_dump custom-format file`);
  if (dialectOf(url) === "postgresql") {
    if (kind !== "pg_dump") throw new Error(`${file} is a SQLite backup; to move it to PostgreSQL, restore it to a file and run npm run migrate:db`);
    await requireEmptyPostgres(url);
    runTool("pg_restore", ["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", url, file]);
    return;
  }
  if (kind !== "sqlite") throw new Error(`${file} is a PostgreSQL dump; restore it with DATABASE_URL set to an empty PostgreSQL database`);
  const target = databaseFile(url);
  if (existsSync(target) && statSync(target).size > 0) throw new Error(`${target} exists already: restore into an empty database (move that file away first)`);
  const check = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} fails SQLite's integrity check: ${result}`);
  } finally {
    check.close();
  }
  const partial = `${target}.restoring`;
  copyFileSync(file, partial);
  renameSync(partial, target);
}

async function requireEmptyPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(rows[0].n) > 0) throw new Error("The PostgreSQL database is not empty: restore into a new, empty database (createdb NAME)");
  } finally {
    await client.end();
  }
}

/** Runs a PostgreSQL client tool; a missing one is named with the package that has it. */
function runTool(tool: string, args: string[]) {
  const r = spawnSync(tool, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${tool} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`);
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr.trim()}`);
}
