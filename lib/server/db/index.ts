import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client";
import { DEFAULT_DATABASE_URL, dialectOf } from "./dialect";

export { DEFAULT_DATABASE_URL } from "./dialect";
/** How long a writer waits for another process's lock before SQLITE_BUSY (ms). */
export const BUSY_TIMEOUT_MS = 5000;

export type Db = InstanceType<typeof PrismaClient>;
/** A client or an interactive transaction: data functions accept either. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const urls = new WeakMap<Db, string>();

export function createDb(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  const db =
    dialectOf(url) === "postgresql"
      ? // Both clients are generated from one data model (npm run db:schema), so they answer the
        // same queries with the same shapes; the SQLite client's types stand for both.
        (new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db)
      : // better-sqlite3's `timeout` is SQLite's busy_timeout. WAL is set once by prepare-db.
        new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }) });
  urls.set(db, url);
  return db;
}

/** The URL a client was made for. */
export const databaseUrlOf = (db: Db): string => urls.get(db) ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

const globalForDb = globalThis as unknown as { workbenchDb?: Db };

/** The process-wide client; created on first use so that DATABASE_URL can be set before. */
export function getDb(): Db {
  globalForDb.workbenchDb ??= createDb();
  return globalForDb.workbenchDb;
}

/** One round trip to the database, as a health check makes. */
export async function pingDatabase(): Promise<void> {
  await getDb().$queryRaw`SELECT 1`;
}
