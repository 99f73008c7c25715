import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";

/**
 * Applies pending migrations of prisma/postgresql/migrations, recording them in Prisma's own
 * `_prisma_migrations` table exactly as `prisma migrate deploy` does (same columns, SHA-256
 * checksum of the file), so either can take over from the other.
 *
 * Why not `prisma migrate deploy`: Prisma 6.19's WebAssembly schema engine cannot read
 * PostgreSQL's catalogue through @prisma/adapter-pg ("Column type 'name' could not be
 * deserialized", prisma/prisma#27403), and its native engine would be downloaded, which these
 * machines cannot do. Each migration runs in its own transaction, under the same advisory lock
 * Prisma takes, so two app processes starting together apply it once.
 */
const PRISMA_MIGRATE_LOCK = 72707369;
/** Held while a process prepares the database (migrations, sample, index), so that app processes starting together take turns. */
const PREPARE_LOCK = 72707370;

export const POSTGRES_MIGRATIONS = resolve("prisma/postgresql/migrations");

/**
 * Runs `fn` on its own connection while holding a session-level advisory lock: other processes
 * asking for the same lock wait, and the lock goes with the session, so a process that dies
 * mid-way releases it.
 */
async function withAdvisoryLock<T>(url: string, lock: number, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [lock]);
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function migratePostgres(url: string, { quiet = false } = {}): Promise<string[]> {
  return withAdvisoryLock(url, PRISMA_MIGRATE_LOCK, async (client) => {
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ name: string }>(
      `SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.name));
    const pending = readdirSync(POSTGRES_MIGRATIONS, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !applied.has(e.name))
      .map((e) => e.name)
      .sort();
    if (pending.length && !quiet) console.log(`Applying ${pending.length} database migration(s)…`);
    for (const name of pending) {
      const sql = readFileSync(join(POSTGRES_MIGRATIONS, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), createHash("sha256").update(sql).digest("hex"), name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed and was rolled back: ${(e as Error).message}`);
      }
    }
    return pending;
  });
}

/**
 * Runs `fn` while this process prepares the database: two app processes started together would
 * otherwise both find the sample missing and both load it.
 */
export function whilePreparing<T>(url: string, fn: () => Promise<T>): Promise<T> {
  return withAdvisoryLock(url, PREPARE_LOCK, () => fn());
}
