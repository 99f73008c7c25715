import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Points DATABASE_URL at a new SQLite file in a temporary folder and applies the project's
 * migrations to it, the same SQL that `prisma migrate deploy` runs. Call before importing lib/db.
 */
export function useTempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), "workbench-test-"));
  const file = join(dir, "test.db");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const migrations = join(process.cwd(), "prisma", "migrations");
  for (const name of readdirSync(migrations).filter((n) => /^\d/.test(n)).sort()) {
    db.exec(readFileSync(join(migrations, name, "migration.sql"), "utf8"));
  }
  db.close();
  process.env.DATABASE_URL = `file:${file}`;
  return file;
}
