// npm run restore -- FILE: restores a backup made by npm run backup into an empty database
// (DATABASE_URL), then applies any migrations newer than the backup. Run npm run fsck after.
import { resolve } from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/server/db/dialect";
import { restoreDatabase } from "./lib/backup";
import { databaseName, migrateDatabase } from "./lib/cli";

const file = process.argv[2];
if (!file || file.startsWith("-")) {
  console.log("usage: npm run restore -- FILE   (into the empty database DATABASE_URL names)");
  process.exit(file === "--help" || file === "-h" ? 0 : 2);
}
try {
  await restoreDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, resolve(file));
  await migrateDatabase({ quiet: true });
  console.log(`Restored ${resolve(file)} into ${databaseName()}. Check it with npm run fsck.`);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(1);
}
