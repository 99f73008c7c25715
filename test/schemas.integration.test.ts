import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA_PATH, postgresSchema } from "../scripts/lib/postgres-schema";
import { newPostgresDatabase, onPostgres, useTempDatabase } from "./temp-db";

// One data model, two databases: the PostgreSQL schema is generated from the SQLite one, and
// each provider's migrations must build exactly the tables and indexes its schema describes
// (plus the hand-written search index, which Prisma's schema cannot express).

/** The SQL that builds a schema from nothing, as Prisma writes it. */
function fromEmpty(schema: string): string {
  // prisma.config.ts opens its adapter's database even for this: give it one that can exist
  // (a fresh clone has no data/ folder).
  const env = { ...process.env, DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), "workbench-diff-")), "diff.db")}` };
  const r = spawnSync("node_modules/.bin/prisma", ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], { encoding: "utf8", env });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

const searchMigration = (dir: string) => readFileSync(join(dir, readdirSync(dir).find((n) => n.endsWith("_search_index"))!, "migration.sql"), "utf8");

describe("the two schemas", () => {
  it("the checked-in PostgreSQL schema is the one generated from prisma/schema.prisma (run npm run db:schema)", () => {
    expect(readFileSync(POSTGRES_SCHEMA_PATH, "utf8")).toBe(postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
  });

  it("SQLite's migrations build what its schema describes", () => {
    const dir = mkdtempSync(join(tmpdir(), "workbench-schemas-"));
    const catalogue = (build: (db: Database.Database) => void) => {
      const db = new Database(join(dir, `${Math.random()}.db`));
      build(db);
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'Search%' AND name NOT LIKE 'sqlite%' ORDER BY name`).all() as { name: string }[];
      const out = tables.map(({ name }) => ({
        name,
        columns: (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[])
          .map((c) => `${c.name} ${c.type} ${c.notnull} ${c.dflt_value} ${c.pk}`).sort(),
        indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
          .map((i) => `${i.name} ${i.unique} ${(db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name).join(",")}`).sort(),
        foreignKeys: (db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string; from: string; to: string; on_delete: string }[])
          .map((f) => `${f.from}→${f.table}.${f.to} ${f.on_delete}`).sort(),
      }));
      db.close();
      return out;
    };
    const migrations = join("prisma", "migrations");
    const migrated = catalogue((db) => {
      for (const name of readdirSync(migrations).filter((n) => /^\d/.test(n)).sort()) db.exec(readFileSync(join(migrations, name, "migration.sql"), "utf8"));
    });
    const described = catalogue((db) => db.exec(fromEmpty("prisma/schema.prisma")));
    expect(migrated).toEqual(described);
  });

  it.runIf(onPostgres)("PostgreSQL's migrations build what its schema describes, the search index included", async () => {
    const migrated = await useTempDatabase();
    const server = process.env.WORKBENCH_TEST_POSTGRES!;
    const name = `${new URL(migrated.url).pathname.slice(1)}_described`;
    const describedUrl = await newPostgresDatabase(server, name);
    const described = new pg.Client({ connectionString: describedUrl });
    await described.connect();
    await described.query(fromEmpty(POSTGRES_SCHEMA_PATH) + searchMigration("prisma/postgresql/migrations"));
    await described.end();

    const catalogue = async (url: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const columns = await c.query(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`);
      const indexes = await c.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`);
      const constraints = await c.query(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname`);
      await c.end();
      return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows.filter((r) => !String(r.conname).startsWith("_prisma")) };
    };
    expect(await catalogue(migrated.url)).toEqual(await catalogue(describedUrl));
  });
});
