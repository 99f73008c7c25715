// npm run user:create -- --username U --password P --role admin|reviewer|corrector|viewer [--name "Display Name"]
// Creates an account; the same as the setup page (first admin) or the Users page.
import { parseArgs } from "node:util";
import { migrateDatabase } from "./lib/cli";

const USAGE = "usage: npm run user:create -- --username U --password P --role admin|reviewer|corrector|viewer [--name \"Display Name\"]";
const { values } = parseArgs({
  options: {
    username: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || !values.username || !values.password || !values.role) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

await migrateDatabase({ quiet: true });
const { newUserSchema } = await import("../lib/auth/credentials");
const { createUser } = await import("../lib/data/users/users");
const { getDb } = await import("../lib/server/db");
const { isAppError } = await import("../lib/errors");

const parsed = newUserSchema.safeParse({ username: values.username, password: values.password, role: values.role, displayName: values.name });
if (!parsed.success) {
  console.error(`✗ ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  process.exit(2);
}
try {
  const user = await createUser({ ...parsed.data, actorId: null });
  console.log(`✓ Created ${user.role} ${user.username} (${user.displayName})`);
} catch (e) {
  if (!isAppError(e)) throw e;
  console.error(`✗ ${e.message}`);
  process.exitCode = 1;
} finally {
  await getDb().$disconnect();
}
