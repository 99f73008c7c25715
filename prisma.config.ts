import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { DEFAULT_DATABASE_URL, dialectOf } from "./lib/server/db/dialect";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
// One data model, two providers: PostgreSQL uses the schema generated from the SQLite one
// (npm run db:schema) and its own migrations.
const postgres = dialectOf(url) === "postgresql";
const dir = postgres ? "prisma/postgresql" : "prisma";

// engine "js" plus the adapter runs the schema engine as WebAssembly: nothing is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  adapter: async () => (postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});
