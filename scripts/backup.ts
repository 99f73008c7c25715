// npm run backup -- FILE: a consistent copy of the database while the server runs (SQLite's
// backup API, or pg_dump for PostgreSQL). Page images are files in the image folder and are
// not in it: copy that folder after the backup (see the README, "Running for a team").
import { resolve } from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/server/db/dialect";
import { backupDatabase } from "./lib/backup";
import { databaseName, requireDatabase } from "./lib/cli";

const file = process.argv[2];
if (!file || file.startsWith("-")) {
  console.log("usage: npm run backup -- FILE");
  process.exit(file === "--help" || file === "-h" ? 0 : 2);
}
requireDatabase();
const started = Date.now();
try {
  await backupDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, resolve(file), (share) => {
    if (process.stdout.isTTY) process.stdout.write(`\rBacking up ${databaseName()}: ${Math.round(share * 100)}%`);
  });
  console.log(`${process.stdout.isTTY ? "\n" : ""}Backed up ${databaseName()} to ${resolve(file)} in ${Date.now() - started} ms.`);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(1);
}
