// npm run token:create -- --username U [--name "what it is for"]
// Prints a new API token on the last line. Only its hash is stored: copy it now.
import { parseArgs } from "node:util";
import { migrateDatabase } from "./lib/cli";

const USAGE = "usage: npm run token:create -- --username U [--name \"what it is for\"]";
const { values } = parseArgs({ options: { username: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (values.help || !values.username) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

await migrateDatabase({ quiet: true });
const { getDb } = await import("../lib/server/db");
const { createApiToken } = await import("../lib/data/users/api-tokens");

const db = getDb();
const user = await db.user.findUnique({ where: { username: values.username.trim().toLowerCase() }, select: { id: true, disabledAt: true } });
if (!user || user.disabledAt) {
  console.error(`✗ No active user ${values.username}: create one with npm run user:create`);
  await db.$disconnect();
  process.exit(1);
}
const token = await createApiToken({ userId: user.id, name: values.name ?? "command line", actorId: null });
await db.$disconnect();
console.error(`API token for ${values.username} (send it as "Authorization: Bearer <token>"; it is shown only once):`);
console.log(token.token);
