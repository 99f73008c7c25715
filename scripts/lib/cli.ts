import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL } from "../../lib/db";

/** The SQLite file a `file:` DATABASE_URL names, relative to the working directory. */
export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${url}`);
  return resolve(url.slice("file:".length).replace(/\?.*$/, ""));
}

/** Runs a binary from node_modules/.bin, inheriting the terminal; exits on failure. */
export function runBin(bin: string, args: string[]): void {
  const result = spawnSync(resolve("node_modules/.bin", bin), args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`${bin} ${args.join(" ")} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Creates the database folder, applies migrations (`prisma migrate deploy`, offline with the
 * JS engine) and turns on WAL, which SQLite keeps in the file from then on.
 */
export function migrateDatabase(): string {
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  const file = databaseFile();
  mkdirSync(dirname(file), { recursive: true });
  runBin("prisma", ["migrate", "deploy"]);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return file;
}

export const hasBuild = () => existsSync(resolve(".next/BUILD_ID"));
